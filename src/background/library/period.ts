// Periods sort by when they end, then longer spans first: 2023-Q1 < 2023-H1 < 2023-9M < 2023 < 2020/2025.
const MONTH_END: Record<string, number> = { H1: 6, H2: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12 };

/** Sort key for a period string; periods that cannot be read sort last. */
export function periodSortKey(period: string | undefined): number {
  if (!period) return Number.MAX_SAFE_INTEGER;
  const term = /^(\d{4})\/(\d{4})$/.exec(period);
  if (term) return (Number(term[2]) * 13 + 12) * 100 + 99 - Math.min(99, Number(term[2]) - Number(term[1]) + 50);
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{1,2}M|M\d{2}))?$/.exec(period);
  if (!m) return Number.MAX_SAFE_INTEGER - 1;
  const year = Number(m[1]);
  const part = m[2];
  let endMonth = 12;
  let months = 12;
  if (part) {
    if (part in MONTH_END) {
      endMonth = MONTH_END[part]!;
      months = part.startsWith('H') ? 6 : 3;
    } else if (part.endsWith('M')) {
      endMonth = months = Number(part.slice(0, -1));
    } else {
      endMonth = Number(part.slice(1));
      months = 1;
    }
  }
  // Same end: the longer span comes first (2023-H1 before 2023-Q2); a whole year before a multi-year term.
  return (year * 13 + endMonth) * 100 + (50 - months);
}

const MODALITY_ORDER: Record<string, number> = { actual: 0, estimate: 1, target: 2 };
export function modalityRank(m: string | undefined): number {
  return MODALITY_ORDER[m ?? 'actual'] ?? 3;
}
