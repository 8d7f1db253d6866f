// Periods as months on one line, so figures of different articles can be put in order and matched.

export type Grain = 'year' | 'half' | 'quarter' | 'to-date' | 'month' | 'term';

export interface PeriodSpan {
  grain: Grain;
  /** Months counted from year 0: January 2023 is 2023 * 12 + 0. */
  start: number;
  end: number;
  /** The part of the year (`H1`, `Q3`, `9M`, `M07`, or '' for a whole year or a term): "cùng kỳ" means the same part. */
  part: string;
  year: number;
}

export function parsePeriod(period: string | undefined): PeriodSpan | undefined {
  if (!period) return undefined;
  const term = /^(\d{4})\/(\d{4})$/.exec(period);
  if (term) {
    const a = Number(term[1]);
    const b = Number(term[2]);
    return { grain: 'term', start: a * 12, end: b * 12 + 11, part: '', year: b };
  }
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{1,2}M|M\d{2}))?$/.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  const base = year * 12;
  const part = m[2] ?? '';
  if (!part) return { grain: 'year', start: base, end: base + 11, part, year };
  if (part[0] === 'H') {
    const h = Number(part[1]) - 1;
    return { grain: 'half', start: base + h * 6, end: base + h * 6 + 5, part, year };
  }
  if (part[0] === 'Q') {
    const q = Number(part[1]) - 1;
    return { grain: 'quarter', start: base + q * 3, end: base + q * 3 + 2, part, year };
  }
  if (part[0] === 'M') {
    const month = Number(part.slice(1)) - 1;
    return { grain: 'month', start: base + month, end: base + month, part, year };
  }
  const months = Number(part.slice(0, -1));
  return { grain: 'to-date', start: base, end: base + months - 1, part, year };
}

/** Orders periods by when they end, then by how long they are (shorter first); unknown periods last. */
export function comparePeriods(a: string | undefined, b: string | undefined): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  return pa.end - pb.end || pb.start - pa.start;
}

/** A number that sorts periods the way comparePeriods does (for charts and table sorting). */
export function periodSortValue(period: string | undefined): number {
  const p = parsePeriod(period);
  if (!p) return Number.POSITIVE_INFINITY;
  return p.end * 1000 + (p.end - p.start);
}
