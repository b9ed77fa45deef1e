import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import type { IxProvider } from '../src/elements/provider/provider.component.js';
import { manifestControls, renderElement } from './manifest-controls.js';

const tag = 'ix-provider';
const controls = manifestControls(tag);

/** The provider made from the args, with `children` rendered inside it. */
function provider(args: Args, children: unknown): HTMLElement {
  const element = renderElement(tag, args);
  render(children, element);
  return element;
}

const meta: Meta = {
  title: 'Elements/ix-provider',
  component: tag,
  args: controls.args,
  argTypes: controls.argTypes,
};
export default meta;

type Story = StoryObj;

export const PageSettings: Story = {
  args: { price: 30, currency: 'EUR', locale: 'de-DE', href: 'https://ixcoach.example/signup' },
  render: (args) =>
    provider(
      args,
      html`<ix-trial-cta></ix-trial-cta>
        <ix-trial-cta layout="compact" style="margin-top:1rem"></ix-trial-cta>`,
    ),
};

export const Nested: Story = {
  args: { price: 30, currency: 'EUR', locale: 'de-DE', 'trial-days': 14 },
  render: (args) =>
    provider(
      args,
      html`<ix-trial-cta placement="outer"></ix-trial-cta>
        <ix-provider currency="GBP" locale="en-GB">
          <p>The inner provider changes only currency and locale; price and trial come from the outer one.</p>
          <ix-trial-cta placement="inner"></ix-trial-cta>
        </ix-provider>`,
    ),
};

export const LiveUpdates: Story = {
  render: (args) => {
    const cycle = (event: Event) => {
      const element = (event.target as HTMLElement).closest<IxProvider>('ix-provider')!;
      element.interval = element.interval === 'year' ? 'month' : 'year';
      element.price = element.interval === 'year' ? 400 : 40;
    };
    return provider(
      args,
      html`<button type="button" @click=${cycle}>Switch monthly / yearly</button>
        <ix-trial-cta style="margin-top:1rem"></ix-trial-cta>
        <ix-trial-cta layout="compact" style="margin-top:1rem"></ix-trial-cta>`,
    );
  },
};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background:#0b0f17;padding:1rem">${provider(args, html`<ix-trial-cta></ix-trial-cta>`)}</div>`,
};
