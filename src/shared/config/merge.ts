/**
 * Precedence merge: layers come highest first (own attributes, nearest provider, outer
 * providers, card, built-in defaults); for each field the first layer that sets it wins.
 */
export function mergeConfig<T extends object>(...layers: (Partial<T> | undefined)[]): Partial<T> {
  const merged: Partial<T> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(layer) as (keyof T)[]) {
      if (merged[key] === undefined && layer[key] !== undefined) merged[key] = layer[key];
    }
  }
  return merged;
}
