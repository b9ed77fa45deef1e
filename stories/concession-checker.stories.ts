import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/concession-checker/define.js';
import type { IxConcessionChecker } from '../src/elements/concession-checker/concession-checker.component.js';
import { manifestControls, renderElement } from './manifest-controls.js';

const tag = 'ix-concession-checker';
const controls = manifestControls(tag);
const grantFirstAsk = 'Could you give up your whole weekend to help me write the grant application?';

const meta: Meta = {
  title: 'Elements/ix-concession-checker',
  component: tag,
  args: { ...controls.args, value: '' },
  argTypes: {
    ...controls.argTypes,
    value: { control: 'text', description: 'The script (the `value` property).', table: { category: 'properties' } },
  },
  // Every attribute and token from custom-elements.json, plus the `value` property.
  render: (args: Args) => {
    const checker = renderElement<IxConcessionChecker>(tag, args);
    checker.value = String(args.value ?? '');
    return checker;
  },
};
export default meta;

type Story = StoryObj;

/** Nothing typed yet: the hint, the privacy note and the example buttons. */
export const Empty: Story = { args: { examples: true } };

/** Acknowledges the no, names the step-down, points back at the first ask, one smaller ask. */
export const Deliberate: Story = {
  args: {
    value:
      'I understand — that was a big ask. I’m coming down from what I asked: instead of the full weekend, ' +
      'could you spend one evening on the grant application?',
  },
};

/** Acknowledges the refusal but never says it is a smaller ask, or smaller than what. */
export const Partial: Story = {
  args: { value: 'I understand. Could you spend one evening on the grant application?' },
};

/** The card's common mistake: the second request as if the first never happened. */
export const Invisible: Story = {
  args: { value: 'Could you spend one evening on the grant application?' },
};

/** Successively smaller offers read as desperation: the single-step-down check fails. */
export const Cascade: Story = {
  args: {
    value:
      'No worries, I get that $500 was a lot to ask. Let me scale that back — could you chip in $200? ' +
      'Or $100? Honestly even $20 would help.',
  },
};

/** Negated phrases do not count: "I don't understand" is not an acknowledgement. */
export const Negation: Story = {
  args: {
    value:
      'I don’t understand why that was too much. I’m not coming down from what I asked, but could you ' +
      'at least read the draft?',
  },
};

/** Past 20,000 characters only the start is checked, and the element says so; the field keeps everything. */
export const LongText: Story = {
  args: {
    value:
      'I understand — that was a big ask. Let me scale that back: rather than the whole weekend, could you ' +
      'spend one evening on it? ' +
      'Here is the background you asked about, copied from the application itself. '.repeat(280),
  },
};

/** The original ask in its own field: naming its content counts as pointing back at it. */
export const WithFirstRequest: Story = {
  args: {
    'show-first-request': true,
    'first-request': grantFirstAsk,
    value: 'No worries. Let me propose something smaller: could you review just the budget section of the grant application?',
  },
};

/** Dark theme, pinned regardless of the system preference, with every option on. */
export const Dark: Story = {
  args: {
    ...Partial.args,
    theme: 'dark',
    examples: true,
    remember: true,
    'show-first-request': true,
    'first-request': grantFirstAsk,
  },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
