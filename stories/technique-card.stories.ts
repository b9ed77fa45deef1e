/// <reference types="vite/client" />
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { techniques } from '../src/generated/techniques.js';
// Vite serves the fixtures as assets, so `src` stories fetch real files in dev and in the build.
import malformedUrl from '../src/elements/technique-card/test-fixtures/malformed.json?url';
import remoteUrl from '../src/elements/technique-card/test-fixtures/remote-card.json?url';
import schemaErrorUrl from '../src/elements/technique-card/test-fixtures/schema-error.json?url';
import { manifestControls, renderElement } from './manifest-controls.js';

const slug = techniques[0]!.slug;
const tag = 'ix-technique-card';
const controls = manifestControls(tag, {
  technique: { control: 'select', options: ['', ...techniques.map((t) => t.slug)], labels: { '': '(none)' } },
});

/** Every attribute and token is an arg with a control, made from custom-elements.json. */
const card = (args: Args) => renderElement(tag, args);

const meta: Meta = {
  title: 'Elements/ix-technique-card',
  component: tag,
  render: card,
  args: { ...controls.args, technique: slug },
  argTypes: controls.argTypes,
};
export default meta;

type Story = StoryObj;

export const Full: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  // The page behind a dark card is dark too, as on a real dark site.
  decorators: [(story) => html`<div style="background: #0e121b; padding: 1rem">${story()}</div>`],
};
export const DarkCompact: Story = { ...Dark, args: { theme: 'dark', variant: 'compact' } };
export const HeadingLevel2: Story = { args: { 'heading-level': 2 } };
export const HeadingLevel5: Story = { args: { 'heading-level': 5 } };
export const ChosenSections: Story = { args: { sections: 'how,mistake,cta' } };
export const WithoutCallToAction: Story = { args: { cta: 'none' } };
export const EvidenceOnly: Story = { args: { sections: 'evidence,sources', variant: 'full' } };
export const ThemedByTokens: Story = {
  args: {
    '--ix-color-accent': '#8a3ffc',
    '--ix-color-surface': '#f7f3ff',
    '--ix-color-border': '#d9c8ff',
    '--ix-font-family': 'Georgia, serif',
    '--ix-radius': '1rem',
    '--ix-space': '1.25rem',
  },
};

export const InsideProvider: Story = {
  render: (args) => html`<ix-provider href="https://ixcoach.example/signup" currency="EUR" price="36" locale="de-DE">${card(args)}</ix-provider>`,
};

export const FromSrc: Story = { args: { technique: '', src: remoteUrl } };

// Error states: each shows its specific message inside the card (role="alert").
export const ErrorUnknownSlug: Story = { args: { technique: 'no-such-technique' } };
export const ErrorNotFound: Story = { args: { technique: '', src: 'technique-card-that-does-not-exist.json' } };
export const ErrorMalformedJson: Story = { args: { technique: '', src: malformedUrl } };
export const ErrorSchema: Story = { args: { technique: '', src: schemaErrorUrl } };
export const ErrorWithFallback: Story = {
  args: { technique: 'retired-technique' },
  render: (args) => {
    const element = card(args);
    element.innerHTML = '<p>The plain-HTML copy of the card stays readable under the error message.</p>';
    return element;
  },
};
export const ErrorNoSource: Story = { args: { technique: '' } };
