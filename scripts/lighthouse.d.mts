export interface FormFactor {
  name: string;
  config: unknown;
}
export const formFactors: FormFactor[];
export const categories: string[];
export function audit(
  url: string,
  formFactor: FormFactor,
  chromePath: string,
): Promise<{ scores: Record<string, number>; lost: { category: string; audit: string; title: string; score: number; displayValue: string; nodes: string[] }[] }>;
