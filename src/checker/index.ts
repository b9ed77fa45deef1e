// Placeholder: the checker's analysis lands with issue 4.
export type Verdict = 'deliberate' | 'partial' | 'invisible' | 'empty';
export function checkScript(script: string): { verdict: Verdict; rules: [] } {
  return { verdict: script.trim() ? 'invisible' : 'empty', rules: [] };
}
