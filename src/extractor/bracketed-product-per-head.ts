// "Tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người năm 2023 ước đạt 54,9 triệu đồng": the product's name, its
// abbreviation in brackets, then "bình quân đầu người" is the product per head. A phrase never crosses a bracket, so the
// lexicon reads the size of the economy twice (the name, then the bare "GRDP") and the per-head words not at all.
import type { IndicatorMention } from './lexicon/match-indicators.ts';

// After the name: its bracketed abbreviation, then the per-head words; after the bracketed abbreviation: the bracket's
// close, then the same words.
const PER_HEAD_AFTER = /^(?: ?\((?:grdp|gdp)\)| ?\))? ?bình quân (?:đầu người|một người|trên người|\/ ?người)(?!\p{L})(?!\p{M})/u;
const REACH = 36;

/** The mention read as the size of the economy, re-read as the product per head when the per-head words follow its bracket. */
export function productPerHeadAcrossBracket(lower: string, m: IndicatorMention): IndicatorMention {
  if (m.id !== 'grdp' || !PER_HEAD_AFTER.test(lower.slice(m.end, m.end + REACH))) return m;
  return { id: 'grdp_per_capita', start: m.start, end: m.end, weak: undefined, gap: m.gap };
}
