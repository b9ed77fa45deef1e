/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { techniques } from '../src/generated/techniques.js';
// Vite serves the fixtures as assets, so `src` stories fetch real files in dev and in the build.
import malformedUrl from '../src/elements/technique-card/test-fixtures/malformed.json?url';
import remoteUrl from '../src/elements/technique-card/test-fixtures/remote-card.json?url';
import schemaErrorUrl from '../src/elements/technique-card/test-fixtures/schema-error.json?url';

const slug = techniques[0]!.slug;

interface CardArgs {
  technique?: string;
  src?: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  sections?: string;
  theme?: 'light' | 'dark';
  cta?: 'none';
}

/** The story's args become the element's attributes, so the docs table and the canvas agree. */
const card = (args: CardArgs) => html`<ix-technique-card
  technique=${ifDefined(args.technique)}
  src=${ifDefined(args.src)}
  variant=${args.variant}
  heading-level=${args.headingLevel}
  sections=${ifDefined(args.sections)}
  theme=${ifDefined(args.theme)}
  cta=${ifDefined(args.cta)}
></ix-technique-card>`;

const meta: Meta<CardArgs> = {
  title: 'Elements/ix-technique-card',
  component: 'ix-technique-card',
  render: card,
  args: { technique: slug, variant: 'full', headingLevel: 3 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    technique: { control: 'select', options: techniques.map((t) => t.slug) },
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

export const Full: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  // The page behind a dark card is dark too, as on a real dark site.
  decorators: [(story) => html`<div style="background: #0e121b; padding: 1rem">${story()}</div>`],
};
export const DarkCompact: Story = { ...Dark, args: { theme: 'dark', variant: 'compact' } };
export const HeadingLevel2: Story = { args: { headingLevel: 2 } };
export const HeadingLevel5: Story = { args: { headingLevel: 5 } };
export const ChosenSections: Story = { args: { sections: 'how,mistake,cta' } };
export const WithoutCallToAction: Story = { args: { cta: 'none' } };
export const EvidenceOnly: Story = { args: { sections: 'evidence,sources', variant: 'full' } };
export const ThemedByHost: Story = {
  render: (args) => html`<div
    style="--ix-color-accent: #8a3ffc; --ix-color-surface: #f7f3ff; --ix-color-border: #d9c8ff; --ix-font-family: Georgia, serif; --ix-radius: 1rem; --ix-space: 1.25rem"
  >
    ${card(args)}
  </div>`,
};

export const InsideProvider: Story = {
  render: (args) => html`<ix-provider href="https://ixcoach.example/signup" currency="EUR" price="36" locale="de-DE">${card(args)}</ix-provider>`,
};

export const FromSrc: Story = { args: { technique: undefined, src: remoteUrl } };

// Error states: each shows its specific message inside the card (role="alert").
export const ErrorUnknownSlug: Story = { args: { technique: 'no-such-technique' } };
export const ErrorNotFound: Story = { args: { technique: undefined, src: 'technique-card-that-does-not-exist.json' } };
export const ErrorMalformedJson: Story = { args: { technique: undefined, src: malformedUrl } };
export const ErrorSchema: Story = { args: { technique: undefined, src: schemaErrorUrl } };
export const ErrorWithFallback: Story = {
  render: () => html`<ix-technique-card technique="retired-technique">
    <p>The plain-HTML copy of the card stays readable under the error message.</p>
  </ix-technique-card>`,
};
export const ErrorNoSource: Story = { render: () => html`<ix-technique-card>${nothing}</ix-technique-card>` };
