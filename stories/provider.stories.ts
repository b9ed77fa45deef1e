import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Elements/ix-provider',
  component: 'ix-provider',
};
export default meta;

type Story = StoryObj;

export const PageSettings: Story = {
  render: () => html`<ix-provider price="30" currency="EUR" locale="de-DE" href="https://ixcoach.example/signup">
    <ix-trial-cta></ix-trial-cta>
    <ix-trial-cta layout="compact" style="margin-top:1rem"></ix-trial-cta>
  </ix-provider>`,
};

export const Nested: Story = {
  render: () => html`<ix-provider price="30" currency="EUR" locale="de-DE" trial-days="14">
    <ix-trial-cta placement="outer"></ix-trial-cta>
    <ix-provider currency="GBP" locale="en-GB">
      <p>The inner provider changes only currency and locale; price and trial come from the outer one.</p>
      <ix-trial-cta placement="inner"></ix-trial-cta>
    </ix-provider>
  </ix-provider>`,
};

export const LiveUpdates: Story = {
  render: () => {
    const cycle = (event: Event) => {
      const provider = (event.target as HTMLElement).closest('ix-provider')!;
      provider.interval = provider.interval === 'year' ? 'month' : 'year';
      provider.price = provider.interval === 'year' ? 400 : 40;
    };
    return html`<ix-provider>
      <button type="button" @click=${cycle}>Switch monthly / yearly</button>
      <ix-trial-cta style="margin-top:1rem"></ix-trial-cta>
      <ix-trial-cta layout="compact" style="margin-top:1rem"></ix-trial-cta>
    </ix-provider>`;
  },
};

export const DarkTheme: Story = {
  render: () => html`<div style="background:#0b0f17;padding:1rem">
    <ix-provider theme="dark"><ix-trial-cta></ix-trial-cta></ix-provider>
  </div>`,
};
