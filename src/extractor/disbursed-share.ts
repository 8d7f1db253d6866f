// "Vốn ngân sách địa phương giải ngân 6.124 tỷ đồng, đạt 72,1%", "mới giải ngân 198 tỷ đồng (31,9%)": the percentage
// right after an amount disbursed is the share of its capital plan, an attainment, even when "kế hoạch" goes unsaid.
// The same holds for the items of a list under a disbursement heading ("Kết quả giải ngân theo nguồn vốn …:" then
// "- Vốn ngân sách địa phương: 5.118 tỷ đồng, đạt 47,9%;"), where the heading says what the amounts are.
import { headingLineAbove, lineStartNear } from './list-heading-line.ts';

const REACH = 110;
const AMOUNT = String.raw`[\d.,]+ (?:nghìn tỷ|nghìn tỉ|tỷ|tỉ|triệu) đồng`;
// ("giải ngân 312 tỷ đồng trên tổng số 405 tỷ đồng kế hoạch, đạt 77%": the plan's amount may follow the amount
// disbursed: disbursed-out-of-plan-share.)
const OUT_OF_PLAN = String.raw`(?: trên (?:tổng số )?${AMOUNT}(?: kế hoạch(?: vốn)?(?: được giao| giao)?)?)?`;
const DISBURSED_THEN_SHARE = new RegExp(String.raw`(?<![\p{L}\p{M}])giải ngân (?:được |đạt )?${AMOUNT}${OUT_OF_PLAN}(?:,? (?:đạt|bằng)|\s*\() $`, 'u');
// "- <label>: <amount>, đạt " on a line of its own.
const ITEM_THEN_SHARE = new RegExp(String.raw`^[-–•+] [^:\n\d]{1,100}: ${AMOUNT},? (?:đạt|bằng) $`, 'u');

/** The percentage at `numberStart` follows "giải ngân <amount>, đạt" or "giải ngân <amount> (" in its clause. */
export function isDisbursedShare(lower: string, clauseStart: number, numberStart: number): boolean {
  const before = lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart);
  if (before.includes('giải ngân') && DISBURSED_THEN_SHARE.test(before.endsWith('(') ? `${before} ` : before)) return true;
  return isDisbursedListShare(lower, numberStart);
}

/** The percentage at `numberStart` closes "- <label>: <amount>, đạt" in a list whose heading line speaks of giải ngân. */
function isDisbursedListShare(lower: string, numberStart: number): boolean {
  const lineStart = lineStartNear(lower, numberStart, 160);
  if (lineStart < 0 || !ITEM_THEN_SHARE.test(lower.slice(lineStart, numberStart))) return false;
  return headsDisbursedList(headingLineAbove(lower, numberStart));
}

// "Kết quả giải ngân theo nguồn vốn …:", and in a disbursement report "Cụ thể theo từng nguồn vốn:": a list of capital
// sources is a list of what each has disbursed.
function headsDisbursedList(heading: string): boolean {
  return /:\s*$/u.test(heading) && (heading.includes('giải ngân') || heading.includes('nguồn vốn'));
}

// "- Vốn ngân sách tỉnh (nguồn thu tiền sử dụng đất): 1.250 tỷ đồng, đạt 52%;": a capital source's line.
const CAPITAL_ITEM = /^\s*[-–•+*] vốn [^:\n]{1,100}: [^:\n]{0,60}$/u;

/** Whether the figure at `numberStart` sits in a capital source's line ("- Vốn …: …") of a list whose heading line
 *  speaks of giải ngân: what it measures is the disbursement, whatever the source's name says (revenue it comes from). */
export function inDisbursedCapitalItem(lower: string, numberStart: number): boolean {
  const lineStart = lineStartNear(lower, numberStart, 170);
  if (lineStart < 0 || !CAPITAL_ITEM.test(lower.slice(lineStart, numberStart))) return false;
  return headsDisbursedList(headingLineAbove(lower, numberStart));
}


// "Một số đơn vị có tỷ lệ giải ngân thấp như: Sở Y tế đạt 19,5%; …", "Các huyện A và B có tỷ lệ giải ngân cao nhất,
// lần lượt đạt 86,2% và 83,5%", "… dưới 30%, gồm: UBND xã Tân Hồng (18,4%), …": units ranked by their disbursement
// rate; each percentage after is how much of its capital plan that unit has disbursed. (Restated as a plain rate, "…
// với tỷ lệ lần lượt là 82,4%, 79,6%", the corpora read levels.)
const RANKED_BY_RATE = 'có tỷ lệ giải ngân';
const SENTENCE_REACH = 320;

/** The percentage at `numberStart` follows, in its sentence, units said to "có tỷ lệ giải ngân …", with no plain "tỷ
 *  lệ" restated between. */
export function isRankedDisbursedShare(lower: string, numberStart: number): boolean {
  const window = lower.slice(Math.max(0, numberStart - SENTENCE_REACH), numberStart);
  const cue = rankedCueEnd(window);
  if (cue < 0) return leadsDisbursementTable(lower, window, numberStart);
  const between = window.slice(cue);
  return !SENTENCE_BREAK.test(between) && !between.includes('tỷ lệ');
}

// "Một số đơn vị giải ngân thấp như Sở Y tế (32,4%), UBND xã A (38,1%)", "các chủ đầu tư giải ngân cao nhất gồm …": units
// named for their pace of disbursement, with no "tỷ lệ", are ranked by the same share (ranked-disbursement-pace).
// A bare pace ("giải ngân chậm được kiểm điểm") ranks nothing: "như", "gồm", "là" or a colon must open the list.
const RANKED_BY_PACE = /(?<![\p{L}\p{M}])giải ngân (?:thấp|cao|chậm|nhanh|tốt)(?: nhất)?(?: như|,? gồm| là|(?=:))(?!\p{L})(?!\p{M}):? /gu;

/** Where the last cue naming units by their disbursement ends in `window`, or -1. */
function rankedCueEnd(window: string): number {
  const rate = window.lastIndexOf(RANKED_BY_RATE);
  let end = rate < 0 ? -1 : rate + RANKED_BY_RATE.length;
  if (!window.includes('giải ngân ')) return end;
  for (const m of window.matchAll(RANKED_BY_PACE)) end = Math.max(end, m.index + m[0].length);
  return end;
}

// "… có 30/63 địa phương giải ngân trên 95% kế hoạch. Dẫn đầu cả nước là Thái Bình (121,9%), tiếp đến là Ninh Bình
// (108,3%), …": after a sentence on disbursement against the plan, the places a sentence led by "Dẫn đầu" ranks, with
// their shares in brackets, are ranked by that share.
const NAME_THEN_BRACKET = /[\p{L}\p{M}] \($/u;

function leadsDisbursementTable(lower: string, window: string, numberStart: number): boolean {
  if (!NAME_THEN_BRACKET.test(lower.slice(numberStart - 3, numberStart)) || !window.includes('dẫn đầu')) return false;
  let sentenceStart = 0;
  for (const m of window.matchAll(SENTENCE_BREAKS)) sentenceStart = m.index + m[0].length;
  const before = window.slice(0, sentenceStart);
  return window.slice(sentenceStart).trimStart().startsWith('dẫn đầu') && before.includes('giải ngân') && before.includes('kế hoạch');
}

// A full stop ends the sentence unless it closes an abbreviated level ("TP. Hồ Chí Minh", "TX. Phú Mỹ").
const SENTENCE_BREAK = /(?<!(?:^|[^\p{L}\p{M}])(?:tp|tx|tt))\.\s|\n/u;
const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK.source, 'gu');
