import type { ConfigProblem } from './read-config.js';

const attributeName = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function shown(value: unknown): string {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The warning an element gives for one bad value, `next` being what it uses instead (undefined:
 * nothing, the value is ignored); the embed builder shows the same words beside its field.
 */
export function warningText(tag: string, { key, value, problem }: ConfigProblem, next: unknown): string {
  // JSON quoting shows hidden characters (a tab inside "java\tscript:") instead of printing them.
  return `<${tag}> ${attributeName(key)}=${JSON.stringify(shown(value))}: ${problem}; ` + (next === undefined ? 'ignored' : `using ${shown(next)}`);
}

/**
 * Warns once per bad value: an element re-validates on every update (provider changes, other
 * attributes), but a value already reported stays quiet until it changes or is fixed.
 */
export class ConfigWarnings {
  readonly #reported = new Map<string, unknown>();
  readonly #host: Element;

  constructor(host: Element) {
    this.#host = host;
  }

  report(problems: ConfigProblem[], fallback: Record<string, unknown>): void {
    const current = new Set<string>();
    for (const problem of problems) {
      const { key, value } = problem;
      current.add(key);
      if (this.#reported.has(key) && Object.is(this.#reported.get(key), value)) continue;
      this.#reported.set(key, value);
      console.warn(warningText(this.#host.localName, problem, fallback[key]));
    }
    for (const key of this.#reported.keys()) if (!current.has(key)) this.#reported.delete(key);
  }
}
