// Indicator names that, in their place, name something else: the figure near them is not measured by that indicator.
import type { IndicatorMention } from './lexicon/match-indicators.ts';
import { FARMING_HEAD } from './vocabulary/sectors.ts';

// "Khu vực có vốn đầu tư nước ngoài (chiếm 98% giá trị xuất khẩu) đạt 10,56 tỷ USD", "doanh nghiệp FDI": the foreign
// invested sector is whose exports, revenue or jobs they are, not capital drawn in.
const FOREIGN_SECTOR_BEFORE = /(?<![\p{L}\p{M}])(?:khu vực(?: kinh tế)?|doanh nghiệp|các doanh nghiệp|khối(?: doanh nghiệp)?)(?: có)? $/u;
// "thu thuế thu nhập cá nhân tăng 7,4%": a tax on income is budget revenue, no income per head.
const TAX_BEFORE = /(?<![\p{L}\p{M}])thuế $/u;

// "Một số khoản thu chiếm tỉ trọng lớn và có mức tăng khá, như: …": a weight described in words, with no value, names
// no sector share for the changes listed after it.
const WEIGHT_IN_WORDS_AFTER = /^ (?:rất |khá |tương đối )?(?:lớn|cao|chủ yếu|đáng kể|nhỏ|thấp)(?!\p{L})(?!\p{M})/u;
// "… các địa phương có công nghiệp khai khoáng chiếm tỷ trọng lớn trong cơ cấu kinh tế": the structure after such a weight
// is the whole it is weighed in, no share either; the growth rates of the paragraph after take nothing from it
// (weight-in-words-structure).
const WEIGHT_IN_WORDS_BEFORE = /(?<![\p{L}\p{M}])t[ỷỉ] trọng (?:rất |khá |tương đối )?(?:lớn|cao|chủ yếu|đáng kể|nhỏ|thấp) (?:trong|của) $/u;

// "nông – lâm – thủy sản ước đạt 764 tỷ đồng, đạt 33,27%": the fisheries that close the name of the farming sector
// are part of that sector's name, not the catch.
const FARMING_HEAD_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])${FARMING_HEAD}$`, 'u');

// "tiếp nhận 14.218 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, giảm 6,3%": the benefit for the jobless is no
// unemployment rate.
const BENEFIT_BEFORE = /(?<![\p{L}\p{M}])(?:trợ cấp|bảo hiểm) $/u;

/** Whether the mention `m` names another thing where it stands. */
export function namesOtherThing(lower: string, m: IndicatorMention): boolean {
  if (m.id === 'fdi') return FOREIGN_SECTOR_BEFORE.test(lower.slice(Math.max(0, m.start - 24), m.start));
  if (m.id === 'income_per_capita') return TAX_BEFORE.test(lower.slice(Math.max(0, m.start - 6), m.start));
  if (m.id === 'aquaculture_output') return FARMING_HEAD_BEFORE.test(lower.slice(Math.max(0, m.start - 24), m.start));
  if (m.id === 'unemployment_rate') return BENEFIT_BEFORE.test(lower.slice(Math.max(0, m.start - 10), m.start));
  if (m.id === 'sector_share') return WEIGHT_IN_WORDS_AFTER.test(lower.slice(m.end, m.end + 20)) || WEIGHT_IN_WORDS_BEFORE.test(lower.slice(Math.max(0, m.start - 36), m.start));
  return false;
}
