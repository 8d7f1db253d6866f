// "GRDP quý I tăng 6,84%. Trong đó, khu vực dịch vụ tăng 7,81%": the growth of one sector of the economy, which no
// indicator id measures (the corpora leave it without one), not the GRDP growth its paragraph spoke of. So is the
// sector's own value as its sentence's subject ("Khu vực nông, lâm nghiệp và thủy sản ước đạt 9.120 tỷ đồng", "Giá trị
// tăng thêm khu vực công nghiệp, xây dựng ước đạt …"): a part of the GRDP, not the GRDP. The sector named just before
// the number, after "khu vực", "ngành" or "giá trị tăng thêm"; a name the lexicon knows ("giá trị sản xuất ngành nông
// nghiệp", "ngành công nghiệp (IIP)") is read before this is asked, and a sector of the total output value ("Tổng giá
// trị sản xuất tăng 8,6%; trong đó, các ngành công nghiệp - xây dựng tăng 11,78%") is left to resolve-indicator.ts.
import type { Candidate } from './scan-figures.ts';
import { FARMING } from './vocabulary/sectors.ts';

const SECTOR_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:khu vực|ngành|giá trị tăng thêm(?: của)?)(?: kinh tế)? (${FARMING}|nông nghiệp|công nghiệp(?:,| và| -)? xây dựng|công nghiệp|xây dựng|dịch vụ)(?![\p{L}\p{M}])[^;,.\d()]{0,24}$`, 'u');
const REACH = 90;

export type Sector = 'agriculture' | 'industry' | 'services';

/** The sector of the economy a change in percent, or an amount of money, names right before it, in its words since
 *  `from` (the end of the figure before in its clause, or the clause's start). */
export function sectorNamedBefore(lower: string, c: Candidate, from: number): Sector | undefined {
  if (c.unit.class !== 'percent' && c.unit.class !== 'points' && c.unit.unit !== 'VND') return undefined;
  const window = lower.slice(Math.max(from, c.numberStart - REACH), c.numberStart);
  if (!window.includes('khu vực') && !window.includes('ngành') && !window.includes('giá trị tăng thêm')) return undefined;
  const m = SECTOR_BEFORE.exec(window);
  if (!m) return undefined;
  return m[1]!.startsWith('nông') ? 'agriculture' : m[1] === 'dịch vụ' ? 'services' : 'industry';
}
