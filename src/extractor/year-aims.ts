// "Huyện ủy Đông Hải xác định năm 2024 giảm tỷ lệ hộ nghèo từ 1 - 1,2%, giải quyết việc làm cho 2.200 lao động": a
// committee that "xác định" what a year not yet over will do sets that year's aims; the figures after it in the
// sentence are targets. "xác định năm 2023 là năm bản lề" names the year's character, and a year already over when
// the page appeared has results, not aims.

const AIMED_YEAR = /(?<![\p{L}\p{M}])xác định(?: rõ)? (?:trong |cho )?năm ((?:19|20)\d\d) (?!là |có |được |đã )(?=[\p{L}\p{M}])/gu;
const REACH = 300;

/** The number at `numberStart` follows, in its sentence and with no ';' between, a "xác định năm YYYY <verb>" whose
 * year was not over when the article was published. */
export function followsYearAims(lower: string, sentenceStart: number, numberStart: number, publishedYear: number | undefined): boolean {
  if (publishedYear === undefined) return false;
  const from = Math.max(sentenceStart, numberStart - REACH);
  const window = lower.slice(from, numberStart);
  if (!window.includes('xác định')) return false;
  for (const m of window.matchAll(AIMED_YEAR)) {
    if (Number(m[1]) >= publishedYear && !window.slice(m.index).includes(';')) return true;
  }
  return false;
}
