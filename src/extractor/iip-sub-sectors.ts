// The industrial production index is broken down by its four sections: "IIP 9 tháng tăng 9,8%; trong đó ngành chế
// biến, chế tạo tăng 10,2%, ngành sản xuất và phân phối điện tăng 6,5%, ngành khai khoáng giảm 2,1%". A section's
// growth in a paragraph that named the index is the index's; it is never the economy's growth, which a "tăng trưởng"
// before it or a GRDP sentence earlier in the paragraph would otherwise suggest.
import { IIP_SECTIONS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';
import { headingLineAbove } from './list-heading-line.ts';

const SECTION_MOVES = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternation(IIP_SECTIONS)})(?!\p{L})(?!\p{M})[^\d;:]{0,40}?(?<![\p{L}\p{M}])(tăng trưởng|tăng|giảm)(?: (?:khoảng|hơn|gần|ước|ước tính))? $`, 'u');
// "Chỉ số IIP … của các ngành công nghiệp cấp I (tăng, giảm so với cùng kỳ):" over "- Khai khoáng: (-4,2%)": a
// section's line in a list, its change signed after a colon.
const SECTION_ITEM = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternation(IIP_SECTIONS)})(?!\p{L})(?!\p{M})[^\d;:\n]{0,40}:\s*\(?\s*[+\-–−]?\s*$`, 'u');
const INDEX_NAMED = /chỉ số sản xuất (?:toàn ngành )?công nghiệp|(?<![\p{L}\p{M}])iip(?!\p{L})(?!\p{M})/u;
const REACH = 90;

export interface SectionGrowth {
  /** The index when the paragraph named it; undefined when it did not (the section's growth has no id then). */
  indicator?: 'industrial_production_index';
  /** "ngành chế biến, chế tạo tăng trưởng 10,2%": growth written "tăng trưởng" is a rise, as "tăng" is. */
  growthVerb: boolean;
}

/** The growth of one of the index's sections, when the words right before the figure name one moving. */
export function iipSectionGrowth(lower: string, paragraphStart: number, clauseStart: number, numberStart: number): SectionGrowth | undefined {
  const from = Math.max(clauseStart, numberStart - REACH);
  const before = lower.slice(from, numberStart);
  // Plain word tests first: most figures name no section.
  if (!IIP_SECTIONS.some((section) => before.includes(section))) return undefined;
  const m = SECTION_MOVES.exec(before);
  const item = !m && SECTION_ITEM.test(before);
  if (!m && !item) return undefined;
  const named = INDEX_NAMED.test(lower.slice(paragraphStart, numberStart)) || (item && INDEX_NAMED.test(headingLineAbove(lower, numberStart)));
  return { ...(named && { indicator: 'industrial_production_index' as const }), growthVerb: m?.[1] === 'tăng trưởng' };
}

