/**
 * Short names for the rule rows and mark labels. The engine's results carry ids, messages and
 * fixes but no titles. Every rule of the built-in pack has its name here (rule-labels.test.ts
 * fails for a rule added to content/checkers/ without one); an unknown id shows as itself.
 */
const ruleLabels: Record<string, string> = {
  'acknowledges-refusal': 'Acknowledges the no',
  'names-concession': 'Names the step-down',
  'references-first-request': 'Points back at the first ask',
  'single-step-down': 'One step down, not a cascade',
  'makes-smaller-ask': 'Makes the smaller ask',
};

export const ruleLabel = (id: string): string => ruleLabels[id] ?? id;
