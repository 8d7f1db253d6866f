// Actuals, then estimates, then targets: the order a series lists figures of the same period in.
const MODALITY_ORDER: Record<string, number> = { actual: 0, estimate: 1, target: 2 };
export function modalityRank(m: string | undefined): number {
  return MODALITY_ORDER[m ?? 'actual'] ?? 3;
}
