// "Vốn ngân sách địa phương giải ngân 6.124 tỷ đồng, đạt 72,1%", "mới giải ngân 198 tỷ đồng (31,9%)": the percentage
// right after an amount disbursed is the share of its capital plan, an attainment, even when "kế hoạch" goes unsaid.
// The same holds for the items of a list under a disbursement heading ("Kết quả giải ngân theo nguồn vốn …:" then
// "- Vốn ngân sách địa phương: 5.118 tỷ đồng, đạt 47,9%;"), where the heading says what the amounts are.
import { headingLineAbove, lineStartNear } from './list-heading-line.ts';

const REACH = 72;
const AMOUNT = String.raw`[\d.,]+ (?:nghìn tỷ|nghìn tỉ|tỷ|tỉ|triệu) đồng`;
const DISBURSED_THEN_SHARE = new RegExp(String.raw`(?<![\p{L}\p{M}])giải ngân (?:được |đạt )?${AMOUNT}(?:,? (?:đạt|bằng)|\s*\() $`, 'u');
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
  const heading = headingLineAbove(lower, numberStart);
  return /:\s*$/u.test(heading) && heading.includes('giải ngân');
}

// "- Vốn ngân sách tỉnh (nguồn thu tiền sử dụng đất): 1.250 tỷ đồng, đạt 52%;": a capital source's line.
const CAPITAL_ITEM = /^\s*[-–•+*] vốn [^:\n]{1,100}: [^:\n]{0,60}$/u;

/** Whether the figure at `numberStart` sits in a capital source's line ("- Vốn …: …") of a list whose heading line
 *  speaks of giải ngân: what it measures is the disbursement, whatever the source's name says (revenue it comes from). */
export function inDisbursedCapitalItem(lower: string, numberStart: number): boolean {
  const lineStart = lineStartNear(lower, numberStart, 170);
  if (lineStart < 0 || !CAPITAL_ITEM.test(lower.slice(lineStart, numberStart))) return false;
  const heading = headingLineAbove(lower, numberStart);
  return /:\s*$/u.test(heading) && heading.includes('giải ngân');
}

