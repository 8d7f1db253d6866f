// "Các huyện Lục Ngạn, Yên Thế, Sơn Động có tỷ lệ kết nạp cao so với kế hoạch giao, lần lượt đạt 118,4%, 112,6% và
// 110,3%", "Thu ngân sách của các huyện A Lưới, Phong Điền so với dự toán lần lượt đạt 104,2% và 98,6%": a plan named
// with "so với" right before "lần lượt" measures every share of the list after it: each is an attainment of that plan,
// as "đạt 118,4% kế hoạch" would be.
import { PLAN_NOUNS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';
import { RESPECTIVELY } from './respectively.ts';

// The plan and who set it ("kế hoạch giao", "dự toán tỉnh giao", "chỉ tiêu được giao", "kế hoạch đề ra"), then "lần lượt".
const PLAN_BEFORE = new RegExp(`so (?:với )?${alternation(PLAN_NOUNS)}(?: (?:được )?(?:[\\p{L}\\p{M}]+ )?(?:giao|đề ra))?,? $`, 'u');
// The verb of the list right after "lần lượt": the shares are what was reached.
const REACHED = /^ (?:đạt|là|bằng) /u;
const REACH = 60;
const MARK = RESPECTIVELY[0]!;

/** The "lần lượt" at `at` follows a plan named with "so với", and its list reaches shares of it. */
export function isRespectivePlanShare(lower: string, at: number): boolean {
  return REACHED.test(lower.slice(at + MARK.length, at + MARK.length + 6)) && PLAN_BEFORE.test(lower.slice(Math.max(0, at - REACH), at));
}
