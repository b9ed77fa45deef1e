/**
 * EXAMPLE DATA for the `examples` buttons — not part of the analysis, which knows nothing of
 * these texts. The deliberate one follows the card's "How to do it" (acknowledge, name the
 * step-down, one smaller ask); the mistake is the card's "Common mistake": the second request
 * presented as if the first never happened.
 */
export interface ExampleScript {
  /** Visible button text. */
  label: string;
  script: string;
  /** Loaded into the first-request field when it is shown. */
  firstRequest: string;
}

const firstRequest = 'Could you give up your whole weekend to help me write the grant application?';

export const exampleScripts: readonly ExampleScript[] = [
  {
    label: 'Try a deliberate example',
    script:
      'I understand — that was a big ask. I’m coming down from what I asked: instead of the full ' +
      'weekend, could you spend one evening on the grant application?',
    firstRequest,
  },
  {
    label: 'Try the common mistake',
    script: 'Could you spend one evening on the grant application?',
    firstRequest,
  },
];
