// An audit's or an inspection's recommendations are named by kind: "kiến nghị xử lý tài chính 312,6 tỷ đồng, trong đó tăng
// thu 48,2 tỷ đồng, giảm chi 21,7 tỷ đồng", "kiến nghị tăng thu ngân sách 3,2 tỷ đồng". "tăng thu" and "giảm chi" there
// say what the sum is to be used for, not that anything moved, so they govern the number as no verb of change does.
// Elsewhere ("thu ngân sách của huyện tăng thu 45 tỷ đồng so với năm 2022") they keep their meaning.

const TERMS: ReadonlyArray<readonly [string, string]> = [['tăng', 'thu'], ['giảm', 'chi']];
const RECOMMENDED = /(?<![\p{L}\p{M}])kiến nghị(?!\p{L})(?!\p{M})/u;
// The sentence the term stands in, read back this far at most.
const REACH = 120;
const SENTENCE_END = /[.!?]\s|\n/gu;

/** Whether "tăng"/"giảm" at `verbAt`, followed by `nextWord`, is a kind of recommendation an audit or inspection made
 *  earlier in its sentence. */
export function isRecommendationTerm(lower: string, verbAt: number, verb: string, nextWord: string | undefined): boolean {
  if (!TERMS.some(([v, w]) => v === verb && w === nextWord)) return false;
  let window = lower.slice(Math.max(0, verbAt - REACH), verbAt);
  let cut = 0;
  for (const m of window.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  window = window.slice(cut);
  return RECOMMENDED.test(window);
}
