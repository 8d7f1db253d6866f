// "GRDP quý I tăng 6,84%. Trong đó, khu vực dịch vụ tăng 7,81%": the growth of one sector of the economy, which no
// indicator id measures (the corpora leave it without one), not the GRDP growth its paragraph spoke of. The sector
// named just before the number, after "khu vực" or "ngành"; a name the lexicon knows ("giá trị sản xuất ngành nông
// nghiệp", "ngành công nghiệp (IIP)") is read before this is asked.
import type { Candidate } from './scan-figures.ts';

const SECTOR_BEFORE = /(?<![\p{L}\p{M}])(?:khu vực|ngành)(?: kinh tế)? (?:nông(?:,| -)? lâm(?: nghiệp)?(?:,| và| -)? thủy sản|nông nghiệp|công nghiệp(?: và| -)? xây dựng|công nghiệp|xây dựng|dịch vụ)(?![\p{L}\p{M}])[^;,.\d()]{0,24}$/u;
const REACH = 90;

/** A change in percent whose words since `from` name a sector of the economy right before it. */
export function namesSectorGrowth(lower: string, c: Candidate, from: number): boolean {
  if (c.unit.class !== 'percent' && c.unit.class !== 'points') return false;
  const window = lower.slice(Math.max(from, c.numberStart - REACH), c.numberStart);
  return (window.includes('khu vực') || window.includes('ngành')) && SECTOR_BEFORE.test(window);
}
