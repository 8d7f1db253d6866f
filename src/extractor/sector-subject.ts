// "Năm 2026, ngành nông nghiệp tỉnh phấn đấu giá trị sản xuất tăng 3 - 3,5%", "Sản xuất công nghiệp - tiểu thủ công
// nghiệp duy trì ổn định, giá trị sản xuất ước đạt 2.315 tỷ đồng": a bare "giá trị sản xuất" after a sector named as
// its sentence's subject is that sector's output value, not the economy's total.
import { FARMING } from './vocabulary/sectors.ts';

const SECTOR_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:ngành |sản xuất |lĩnh vực |khu vực )?(${FARMING}|nông nghiệp|công nghiệp)(?![\p{L}\p{M}])[^\d;:]{0,60}?(?<![\p{L}\p{M}])giá trị sản xuất $`, 'u');
// "Nông nghiệp Tuyên Quang 9 tháng: Giá trị sản xuất tăng 4,1%": a headline labelled with the sector (its place and
// months may follow) before a colon speaks of that sector's output.
const SECTOR_LABEL = new RegExp(String.raw`^\s*(?:ngành )?(${FARMING}|nông nghiệp|công nghiệp)(?![\p{L}\p{M}])[^\n:;.]{0,40}:\s*giá trị sản xuất $`, 'u');
// How far before the number the words "giá trị sản xuất" and the sector before them may stand.
const REACH = 140;

/** The sector's output value when the bare "giá trị sản xuất" before the figure follows a sector in its sentence. */
export function sectorSubjectOutput(lower: string, sentenceStart: number, numberStart: number): string | undefined {
  const from = Math.max(sentenceStart, numberStart - REACH);
  const window = lower.slice(from, numberStart);
  // Plain word test first; the phrase must be the figure's own (only a verb and bound words after it).
  const at = window.lastIndexOf('giá trị sản xuất');
  if (at < 0 || !/^giá trị sản xuất (?:[\p{L}\p{M}]+ ){0,4}$/u.test(window.slice(at))) return undefined;
  const m = SECTOR_BEFORE.exec(window.slice(0, at + 'giá trị sản xuất '.length)) ?? SECTOR_LABEL.exec(window.slice(0, at + 'giá trị sản xuất '.length));
  if (!m) return undefined;
  return m[1]!.startsWith('công') ? 'industrial_output_value' : 'agricultural_output_value';
}
