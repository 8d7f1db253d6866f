// "một năm thực hiện mô hình chính quyền hai cấp (từ ngày 1/7/2025 đến ngày 30/6/2026)": a year that runs from the
// first of a month to the end of the month before it a year later spans two calendar years, like a school year; its
// figures take "2025/2026".

const FROM_FIRST = /(?<![\p{L}\p{M}\d])từ (?:ngày )?0?1[/-](0?[1-9]|1[0-2])[/-]((?:19|20)\d\d) $/u;
const REACH = 24;

/** The "từ 1/M/Y " before the "đến …" at `start`, when the stretch ends in month M-1 of Y+1: its length and span. */
export function yearAcrossStretch(lower: string, start: number, month: number, year: string): { length: number; span: string } | undefined {
  const before = lower.slice(Math.max(0, start - REACH), start);
  if (!before.includes('từ ')) return undefined;
  const from = FROM_FIRST.exec(before);
  if (!from) return undefined;
  const first = Number(from[1]);
  const startYear = Number(from[2]);
  if (first === 1 || Number(year) !== startYear + 1 || month !== first - 1) return undefined;
  return { length: from[0].length, span: `${startYear}/${startYear + 1}` };
}

// "Trong một năm, phường chi trả …", "Sau một năm, …" in a page about such a year: that year again.
const ONE_YEAR = /(?<![\p{L}\p{M}])(?:trong|sau|qua) ((?:một|1) năm)(?= ?,| qua| vừa qua)/gu;

/** Where "(trong|sau|qua) một năm" names the year-long stretch a mention before it spans: [start, end, span]. */
export function oneYearOfStretch(lower: string, spans: ReadonlyArray<{ start: number; span?: string }>): Array<[number, number, string]> {
  const first = spans.find((p) => p.span !== undefined);
  if (!first || !lower.includes(' năm')) return [];
  const out: Array<[number, number, string]> = [];
  for (const m of lower.matchAll(ONE_YEAR)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (at > first.start) out.push([at, at + m[1]!.length, first.span!]);
  }
  return out;
}
