// "Năm 2026, ngành nông nghiệp tỉnh phấn đấu giá trị sản xuất tăng 3 - 3,5%", "Sản xuất công nghiệp - tiểu thủ công
// nghiệp duy trì ổn định, giá trị sản xuất ước đạt 2.315 tỷ đồng": a bare "giá trị sản xuất" after a sector named as
// its sentence's subject is that sector's output value, not the economy's total.
import { FARMING } from './vocabulary/sectors.ts';

const SECTOR_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:ngành |sản xuất |lĩnh vực |khu vực )?(${FARMING}|nông nghiệp|công nghiệp)(?!\p{L})(?!\p{M})[^\d;:]{0,60}?(?<![\p{L}\p{M}])giá trị sản xuất $`, 'u');
// "Nông nghiệp Tuyên Quang 9 tháng: Giá trị sản xuất tăng 4,1%": a headline labelled with the sector (its place and
// months may follow) before a colon speaks of that sector's output.
// So is one that opens on a review of the sector ("Tổng kết ngành Nông nghiệp năm 2024: Giá trị sản xuất tăng 3,62%")
// or names the months after its colon ("Ngành Nông nghiệp và Môi trường Lâm Đồng: 6 tháng đầu năm 2026 giá trị sản xuất
// tăng 4,1%").
const SECTOR_LABEL = new RegExp(String.raw`^\s*(?:(?:tổng kết|sơ kết|nhìn lại) )?(?:ngành )?(${FARMING}|nông nghiệp|công nghiệp)(?!\p{L})(?!\p{M})[^\n:;.]{0,40}:\s*(?:(?:\d{1,2}|sáu|chín) tháng(?: đầu năm)?(?: (?:năm )?(?:19|20)\d\d)?,? |năm (?:19|20)\d\d,? )?giá trị sản xuất $`, 'u');
// "Công nghiệp - tiểu thủ công nghiệp phát triển khá; giá trị sản xuất ước đạt 2.780 tỷ đồng": a sector that opens its
// sentence (after a fronted period or "Về") stays its subject across a ";" when its own clause has no figure
// (sector-opening-before-semicolon). A sector met later in a sentence only reaches as far as a comma.
const SECTOR_OPENING_SENTENCE = new RegExp(String.raw`^\s*(?:(?:trong|tính chung|năm|quý|về|riêng)(?!\p{L})(?!\p{M})[^,;:\n]{0,40}, )?(?:về )?(?:ngành |sản xuất |lĩnh vực |khu vực )?(${FARMING}|nông nghiệp|công nghiệp)(?!\p{L})(?!\p{M})[^\d;:]{0,60}; giá trị sản xuất $`, 'u');
// How far before the number the words "giá trị sản xuất" and the sector before them may stand.
const REACH = 140;
// "Ngành nông nghiệp đặt mục tiêu …. Cả năm 2025, giá trị sản xuất toàn ngành phấn đấu tăng 4,5 - 5%": "toàn ngành" points
// back to the last sector its paragraph named as a "ngành".
const WHOLE_SECTOR_AFTER = /^giá trị sản xuất (?:của )?toàn ngành(?!\p{L})(?!\p{M})/u;
// "Năm 2025, ngành phấn đấu giá trị sản xuất tăng 3,5 - 4%": a bare "ngành" as the subject (a verb right after it) is the
// sector the page last named as a "ngành", however far back.
const BARE_SECTOR_SUBJECT = /(?<![\p{L}\p{M}])ngành (?:(?:sẽ|đã|cũng|tiếp tục) )?(?:phấn đấu|đặt mục tiêu|đề ra mục tiêu|có|đạt|ước đạt)(?!\p{L})(?!\p{M})[^\d;:.]{0,20}?giá trị sản xuất $/u;
// How far back a bare "ngành" may point: a sector report names its sector in the headline or the lead.
const PAGE_REACH = 6000;
const SECTOR_NAMED = new RegExp(String.raw`(?<![\p{L}\p{M}])ngành (${FARMING}|nông nghiệp|công nghiệp)(?!\p{L})(?!\p{M})`, 'gu');
// ("Tốc độ tăng giá trị sản xuất nông, lâm nghiệp, thủy sản … đạt 3,1%/năm. Năm 2022, giá trị sản xuất toàn ngành đạt
// 5.318 tỷ đồng": within its paragraph "toàn ngành" points back to a sector named with its output too.)
const SECTOR_OR_OUTPUT_NAMED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:ngành|giá trị sản xuất(?: ngành)?) (${FARMING}|nông nghiệp|công nghiệp)(?!\p{L})(?!\p{M})`, 'gu');
// "Trong đó, sản xuất nông, lâm, thủy sản do gặp nhiều khó khăn … nên tổng giá trị sản xuất chỉ đạt 2.257,1 tỷ đồng": a
// reason told between the sector and its output ("do … nên") does not change whose output it is.
const REASON_BETWEEN = / do [^\d;:.]{0,200}? nên (?:tổng )?$/u;
const REASON_REACH = 300;
// How far back in the paragraph "toàn ngành" may point.
const PARAGRAPH_REACH = 600;

/** The sector's output value when the bare "giá trị sản xuất" before the figure follows a sector in its sentence (or,
 * said of "toàn ngành", in its paragraph). */
export function sectorSubjectOutput(lower: string, sentenceStart: number, numberStart: number, paragraphStart = sentenceStart): string | undefined {
  const from = Math.max(sentenceStart, numberStart - REACH);
  const window = lower.slice(from, numberStart);
  // Plain word test first; the phrase must be the figure's own (only a verb and bound words after it).
  const at = window.lastIndexOf('giá trị sản xuất');
  if (at < 0 || !/^giá trị sản xuất (?:(?:của )?toàn ngành )?(?:[\p{L}\p{M}]+ ){0,4}$/u.test(window.slice(at))) return undefined;
  const head = window.slice(0, at + 'giá trị sản xuất '.length);
  const m = SECTOR_BEFORE.exec(head) ?? SECTOR_LABEL.exec(head) ?? (from === sentenceStart ? SECTOR_OPENING_SENTENCE.exec(head) : null) ??
    sectorBeforeReason(lower, sentenceStart, from + at);
  const sector = m?.[1] ?? (WHOLE_SECTOR_AFTER.test(window.slice(at)) ? lastSectorNamed(lower, Math.max(paragraphStart, from + at - PARAGRAPH_REACH), from + at, SECTOR_OR_OUTPUT_NAMED)
    : BARE_SECTOR_SUBJECT.test(head) ? lastSectorNamed(lower, Math.max(0, from + at - PAGE_REACH), from + at) : undefined);
  if (sector === undefined) return undefined;
  return sector.startsWith('công') ? 'industrial_output_value' : 'agricultural_output_value';
}

function sectorBeforeReason(lower: string, sentenceStart: number, phraseStart: number): RegExpExecArray | null {
  const before = lower.slice(Math.max(sentenceStart, phraseStart - REASON_REACH), phraseStart);
  if (!before.endsWith('nên ') && !before.endsWith('nên tổng ')) return null;
  const reason = REASON_BETWEEN.exec(before);
  return reason ? SECTOR_BEFORE.exec(`${before.slice(0, reason.index)} giá trị sản xuất `) : null;
}

function lastSectorNamed(lower: string, from: number, to: number, named = SECTOR_NAMED): string | undefined {
  let last: string | undefined;
  for (const m of lower.slice(from, to).matchAll(named)) last = m[1];
  return last;
}
