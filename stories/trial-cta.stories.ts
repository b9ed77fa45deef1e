import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { manifestControls, renderElement } from './manifest-controls.js';

const tag = 'ix-trial-cta';
const controls = manifestControls(tag);
/** Every attribute and token is an arg with a control, made from custom-elements.json. */
const cta = (args: Args) => renderElement(tag, args);

const meta: Meta = {
  title: 'Elements/ix-trial-cta',
  component: tag,
  render: cta,
  args: controls.args,
  argTypes: controls.argTypes,
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

export const Defaults: Story = {};

export const EuroInGerman: Story = {
  name: 'EUR in de-DE',
  args: { price: 30, currency: 'EUR', locale: 'de-DE' },
};

export const PoundInBritish: Story = {
  name: 'GBP in en-GB',
  args: { price: 35, currency: 'GBP', locale: 'en-GB' },
};

export const YenInJapanese: Story = {
  name: 'JPY in ja-JP',
  args: { price: 4000, currency: 'JPY', locale: 'ja-JP' },
};

export const Yearly: Story = { args: { price: 400, interval: 'year' } };

export const NoTrial: Story = { args: { 'trial-days': 0 } };

export const Inline: Story = { args: { layout: 'inline', placement: 'sidebar' } };

export const Banner: Story = { args: { layout: 'banner', placement: 'footer' } };

export const Compact: Story = { args: { layout: 'compact', placement: 'article-end' } };

export const OwnWords: Story = {
  name: 'Own words (German)',
  args: {
    locale: 'de-DE',
    currency: 'EUR',
    price: 30,
    'trial-days': 14,
    heading: 'Üben mit {product}',
    pitch: 'Probieren Sie die Technik mit Rückmeldung zu Ihren eigenen Worten aus.',
    'trial-text': '{days} Tage kostenlos, dann',
    'price-text': '{price}/Monat',
    'per-day-text': '(~{perDay}/Tag)',
    label: '{days} Tage kostenlos testen',
  },
};

export const InsideAProvider: Story = {
  args: { placement: 'two', price: 300, interval: 'year' },
  render: (args) => html`<ix-provider price="30" currency="EUR" locale="de-DE" href="https://ixcoach.example/signup" utm-source="storybook">
    <ix-trial-cta placement="one"></ix-trial-cta>
    <p>The second one sets its own price (the controls), which wins over the provider’s:</p>
    ${cta(args)}
  </ix-provider>`,
};

export const InvalidConfiguration: Story = {
  args: { price: -5, 'trial-days': 500, currency: 'XYZ', locale: 'not a locale', interval: 'weekly', href: 'javascript:alert(1)' },
  render: (args) => html`<p>
      Every value below is invalid; the console has one warning for each, and the element renders with the defaults.
    </p>
    ${cta(args)}`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background:#0b0f17;padding:1rem">
    ${cta(args)} ${cta({ ...args, layout: 'banner' })} ${cta({ ...args, layout: 'compact' })}
  </div>`,
};
