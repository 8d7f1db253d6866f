// "các ngân hàng cam kết dành 45.000 tỷ đồng cho vay ưu đãi doanh nghiệp trong năm 2026, với lãi suất thấp hơn 0,5 - 1
// điểm phần trăm": what someone pledges to give or lend is a target, like a plan. ("vốn cam kết", the capital pledged in
// a signed deal, is an amount, and no verb of giving follows it there.)
import { alternation } from './vocabulary/regexp.ts';

const GIVING_VERBS = ['dành', 'cho vay', 'giải ngân', 'hỗ trợ', 'đầu tư', 'tài trợ', 'cung cấp', 'bố trí', 'giảm', 'miễn'];
const PLEDGE_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])cam kết (?:sẽ )?${alternation(GIVING_VERBS)}(?!\\p{L})(?!\\p{M})[^\\d;.]{0,60}$`, 'u');
const REACH = 90;

/** Whether a pledge to give or lend stands before the figure in its clause. */
export function isPledged(lower: string, clauseStart: number, numberStart: number): boolean {
  const window = lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart);
  return window.includes('cam kết') && PLEDGE_BEFORE.test(window);
}
