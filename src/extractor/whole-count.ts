// "còn 12.345 hộ nghèo, chiếm 1,23% trên tổng số 1.005.262 hộ dân": the count after "trên tổng số" is the whole the
// share is taken of (every household, every commune), not more of what the figures before it measure. It keeps an
// indicator only when its own words name it ("trên tổng số 1.200 hộ nghèo", "trong tổng số 38 chỉ tiêu").
import type { Candidate } from './scan-figures.ts';

const WHOLE_BEFORE = /(?<![\p{L}\p{M}])(?:trên|trong|\/) ?tổng số $/u;
const PHRASE_END = /[,;.:()\n]/u;
const PHRASE_REACH = 40;

// The words a whole's noun phrase must hold to be counted by the indicator: all households are not poor ones, all
// communes not those that met the new-rural standard.
const NAMED_BY: Readonly<Record<string, RegExp>> = {
  poor_households: /nghèo/u,
  near_poor_households: /nghèo/u,
  households_out_of_poverty: /nghèo/u,
  new_rural_communes: /nông thôn mới|ntm/u,
  new_rural_communes_advanced: /nâng cao/u,
  new_rural_communes_model: /kiểu mẫu/u,
};

/** The count `c` is the whole after "trên tổng số" and its own words do not name `indicator`. */
export function isWholeNotNamed(lower: string, c: Candidate, indicator: string): boolean {
  const named = NAMED_BY[indicator];
  if (!named || c.unit.class !== 'count') return false;
  if (!WHOLE_BEFORE.test(lower.slice(Math.max(0, c.numberStart - 16), c.numberStart))) return false;
  const after = lower.slice(c.end, c.end + PHRASE_REACH);
  const stop = after.search(PHRASE_END);
  return !named.test(stop < 0 ? after : after.slice(0, stop));
}
