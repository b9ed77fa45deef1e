/**
 * Registers custom elements without ever throwing on a page that already has them.
 *
 * A page may load this bundle twice (two CDN versions, a plugin plus a theme). `customElements.define`
 * throws on a taken tag, which would abort the second module half-way. Instead we keep the first
 * definition and say so once per bundle load, naming every tag that was taken.
 */
const takenTags: string[] = [];

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  takenTags.push(tag);
  // Batch into one warning: all defines of one bundle run in the same task.
  if (takenTags.length === 1) {
    queueMicrotask(() => {
      console.warn(
        `[ix-widgets] ${takenTags.map((t) => `<${t}>`).join(', ')} already defined on this page ` +
          '(another copy of ix-widgets is loaded); keeping the first definition.',
      );
    });
  }
}
