// "GRDP quý I tăng 6,84%. Trong đó, khu vực dịch vụ tăng 7,81%": the growth of one sector of the economy, which no
// indicator id measures (the corpora leave it without one), not the GRDP growth its paragraph spoke of. So is the
// sector's own value as its sentence's subject ("Khu vực nông, lâm nghiệp và thủy sản ước đạt 9.120 tỷ đồng", "Giá trị
// tăng thêm khu vực công nghiệp, xây dựng ước đạt …"): a part of the GRDP, not the GRDP. The sector named just before
// the number, after "khu vực", "ngành" or "giá trị tăng thêm"; a name the lexicon knows ("giá trị sản xuất ngành nông
// nghiệp", "ngành công nghiệp (IIP)") is read before this is asked, and a sector of the total output value ("Tổng giá
// trị sản xuất tăng 8,6%; trong đó, các ngành công nghiệp - xây dựng tăng 11,78%") is left to resolve-indicator.ts.
import type { Candidate } from './scan-figures.ts';
import { FARMING } from './vocabulary/sectors.ts';

// ("lĩnh vực công nghiệp", "công nghiệp – xây dựng" with a dash, and a few more words between the sector and its growth:
// "Khu vực dịch vụ tiếp tục duy trì ổn định với mức tăng trưởng 7,63%".)
// The sectors' own names.
const SECTORS = String.raw`${FARMING}|nông nghiệp|công nghiệp(?:,| và| [-–—])? xây dựng|công nghiệp|xây dựng|dịch vụ`;
const SECTOR_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(khu vực|lĩnh vực|ngành|giá trị tăng thêm(?: của)?(?: khu vực| ngành)?)(?: kinh tế)? (${SECTORS})(?!\p{L})(?!\p{M})[^;,.()]{0,84}$`, 'u');
const REACH = 130;
// "GRDP quý III tăng 6,88%. Trong đó, nông-lâm nghiệp và thủy sản tăng 2,26%; công nghiệp và xây dựng tăng 11,06%":
// the sector named bare, opening its clause (after "Trong đó," or the figure before), right before its verb.
// ("…, các ngành duy trì tăng trưởng …, cụ thể: Dịch vụ tăng 5,84% (cùng kỳ tăng 7,66%); Công nghiệp và Xây dựng tăng
// 4,77%": after "cụ thể:" too.)
const BARE_SECTOR_OPENING = new RegExp(String.raw`^[\s,;:]*(?:(?:trong đó|cụ thể)[,:]?\s*)?(?:riêng\s+)?(${SECTORS}) (?:tăng|giảm)(?: trưởng)?(?: ước)? $`, 'u');
// "…, dịch vụ 34,47% và nông - lâm - thủy sản 11,08%": the next item of a list of sectors, its bare name right before
// its figure.
const BARE_SECTOR_ITEM = new RegExp(String.raw`^\s*(?:[,;]\s*)?(?:và\s+)?(?:${SECTORS})\s*$`, 'u');
const BARE_SECTOR_ITEM_REACH = 40;

/** The words between a figure (ending at `from`) and the next (at `to`) are a list joint and a sector's bare name. */
export function isBareSectorItem(lower: string, from: number, to: number): boolean {
  return to - from <= BARE_SECTOR_ITEM_REACH && BARE_SECTOR_ITEM.test(lower.slice(from, to));
}

// The whole a sector is a part of, named last before it: the GRDP (its value added) or the output value.
const WHOLE = /(?<![\p{L}\p{M}])(?:(grdp|gdp|tổng sản phẩm|tăng trưởng kinh tế|giá trị tăng thêm|quy mô (?:nền )?kinh tế)|(giá trị sản xuất))(?!\p{L})(?!\p{M})/gu;

export type Sector = 'agriculture' | 'industry' | 'services';

export interface SectorNamed {
  sector: Sector;
  /** Where the sector's words begin. */
  start: number;
  /** Named as a part of the GRDP: after "giá trị tăng thêm", or with the GRDP the whole named last
   *  before it in its paragraph (since `wholeFrom`). */
  ofGrdp: boolean;
}

/** The sector of the economy a change in percent, or an amount of money, names right before it, in its words since
 *  `from` (the end of the figure before in its clause, or the clause's start). */
export function sectorNamedBefore(lower: string, c: Candidate, from: number, wholeFrom = from): SectorNamed | undefined {
  if (c.unit.class !== 'percent' && c.unit.class !== 'points' && c.unit.unit !== 'VND') return undefined;
  const windowStart = Math.max(from, c.numberStart - REACH);
  const window = lower.slice(windowStart, c.numberStart);
  const bareAt = (at: number): SectorNamed | undefined => {
    const bare = BARE_SECTOR_OPENING.exec(window.slice(at));
    if (!bare) return undefined;
    const start = windowStart + at + bare.index + bare[0].indexOf(bare[1]!);
    return { sector: sectorOf(bare[1]!), start, ofGrdp: wholeBefore(lower, Math.min(wholeFrom, start), start) === 'grdp' };
  };
  if (!window.includes('khu vực') && !window.includes('ngành') && !window.includes('lĩnh vực') && !window.includes('giá trị tăng thêm')) {
    return windowStart === from ? bareAt(0) : undefined;
  }
  const m = SECTOR_BEFORE.exec(window);
  // ("…, các ngành duy trì tăng trưởng, cụ thể: Dịch vụ tăng 5,84%": the sectors' own list opens after the colon.)
  if (!m) return window.includes(':') ? bareAt(window.lastIndexOf(':')) : undefined;
  const start = windowStart + m.index;
  return { sector: sectorOf(m[2]!), start, ofGrdp: m[1]!.startsWith('giá trị') || (wholeBefore(lower, Math.min(wholeFrom, start), start) === 'grdp') };
}

function sectorOf(name: string): Sector {
  return name.startsWith('nông') ? 'agriculture' : name === 'dịch vụ' ? 'services' : 'industry';
}

function wholeBefore(lower: string, from: number, to: number): 'grdp' | 'output' | undefined {
  let last: 'grdp' | 'output' | undefined;
  for (const m of lower.slice(from, to).matchAll(WHOLE)) last = m[1] ? 'grdp' : 'output';
  return last;
}
