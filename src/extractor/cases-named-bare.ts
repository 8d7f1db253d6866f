// "Xảy ra 142 vụ tai nạn giao thông, làm chết 98 người. So với cùng kỳ, số vụ giảm 7,2%": a bare "số vụ" names the
// cases its paragraph counted before, whatever their kind (road accidents, crimes, fires); the lexicon cannot give the
// words one indicator of their own.
const BARE_CASES_BEFORE = /(?:^|[\s,;(])số vụ(?: (?:việc|xảy ra))?(?: (?:tăng|giảm|đã))?\s*$/u;

export function createCasesTracker(lower: string) {
  let last: { at: number; indicator: string } | undefined;
  return {
    /** Notes a count of cases ("142 vụ tai nạn giao thông") that its own words or context gave an indicator. */
    remember(numberStart: number, unit: string | undefined, indicator: string | undefined): void {
      if (unit === 'vụ' && indicator) last = { at: numberStart, indicator };
    },
    /** The indicator of the cases counted in this paragraph when the words right before the figure are a bare "số vụ". */
    named(from: number, numberStart: number, paragraphStart: number): string | undefined {
      if (!last || last.at < paragraphStart || last.at >= numberStart) return undefined;
      return BARE_CASES_BEFORE.test(lower.slice(Math.max(from, numberStart - 24), numberStart)) ? last.indicator : undefined;
    },
  };
}
