import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Elements/ix-trial-cta',
  component: 'ix-trial-cta',
  parameters: {
    docs: {
      description: {
        component:
          'The trial call to action. Settings resolve field by field: own attribute > nearest `<ix-provider>` > outer providers > the card’s terms > built-in defaults.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Defaults: Story = {
  render: () => html`<ix-trial-cta></ix-trial-cta>`,
};

export const EuroInGerman: Story = {
  name: 'EUR in de-DE',
  render: () => html`<ix-trial-cta price="30" currency="EUR" locale="de-DE"></ix-trial-cta>`,
};

export const PoundInBritish: Story = {
  name: 'GBP in en-GB',
  render: () => html`<ix-trial-cta price="35" currency="GBP" locale="en-GB"></ix-trial-cta>`,
};

export const YenInJapanese: Story = {
  name: 'JPY in ja-JP',
  render: () => html`<ix-trial-cta price="4000" currency="JPY" locale="ja-JP"></ix-trial-cta>`,
};

export const Yearly: Story = {
  render: () => html`<ix-trial-cta price="400" interval="year"></ix-trial-cta>`,
};

export const NoTrial: Story = {
  render: () => html`<ix-trial-cta trial-days="0"></ix-trial-cta>`,
};

export const Inline: Story = {
  render: () => html`<ix-trial-cta layout="inline" placement="sidebar"></ix-trial-cta>`,
};

export const Banner: Story = {
  render: () => html`<ix-trial-cta layout="banner" placement="footer"></ix-trial-cta>`,
};

export const Compact: Story = {
  render: () => html`<ix-trial-cta layout="compact" placement="article-end"></ix-trial-cta>`,
};

export const OwnWords: Story = {
  name: 'Own words (German)',
  render: () => html`<ix-trial-cta
    locale="de-DE"
    currency="EUR"
    price="30"
    trial-days="14"
    heading="Üben mit {product}"
    pitch="Probieren Sie die Technik mit Rückmeldung zu Ihren eigenen Worten aus."
    trial-text="{days} Tage kostenlos, dann"
    price-text="{price}/Monat"
    per-day-text="(~{perDay}/Tag)"
    label="{days} Tage kostenlos testen"
  ></ix-trial-cta>`,
};

export const InsideAProvider: Story = {
  render: () => html`<ix-provider price="30" currency="EUR" locale="de-DE" href="https://ixcoach.example/signup" utm-source="storybook">
    <ix-trial-cta placement="one"></ix-trial-cta>
    <p>The second one sets its own price, which wins over the provider’s:</p>
    <ix-trial-cta placement="two" price="300" interval="year"></ix-trial-cta>
  </ix-provider>`,
};

export const InvalidConfiguration: Story = {
  render: () => html`<p>
      Every value below is invalid; the console has one warning for each, and the element renders with the defaults.
    </p>
    <ix-trial-cta price="-5" trial-days="abc" currency="XYZ" locale="not a locale" interval="weekly" href="javascript:alert(1)"></ix-trial-cta>`,
};

export const Dark: Story = {
  render: () => html`<div style="background:#0b0f17;padding:1rem">
    <ix-trial-cta theme="dark"></ix-trial-cta>
    <ix-trial-cta theme="dark" layout="banner" style="margin-top:1rem"></ix-trial-cta>
    <ix-trial-cta theme="dark" layout="compact" style="margin-top:1rem"></ix-trial-cta>
  </div>`,
};
