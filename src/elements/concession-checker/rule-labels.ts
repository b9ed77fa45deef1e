/**
 * Short names for the rule rows and mark labels. The engine's results carry ids, messages and
 * fixes but no titles; a rule pack added later without a name here still gets a readable one.
 */
const ruleLabels: Record<string, string> = {
  'acknowledges-refusal': 'Acknowledges the no',
  'names-concession': 'Names the step-down',
  'references-first-request': 'Points back at the first ask',
  'single-step-down': 'One step down, not a cascade',
  'makes-smaller-ask': 'Makes the smaller ask',
};

export function ruleLabel(id: string): string {
  const known = ruleLabels[id];
  if (known) return known;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
