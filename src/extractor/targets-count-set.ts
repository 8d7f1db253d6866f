// "Xã Hàm Yên đặt 18 chỉ tiêu phát triển năm 2026", "HĐND xã thông qua Nghị quyết về kế hoạch … năm 2026 với 18 chỉ
// tiêu chủ yếu" on a January page: the count of targets a plan sets, for a year not over, is a target like the targets
// themselves, though the year has begun. Not a count that a sentence goes on to judge ("… với 24 chỉ tiêu, ước có 20
// chỉ tiêu đạt"), nor one counted "Trong …" (a review), nor one with a verdict of its own.
import { TARGET_SETTING_VERBS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';

const SET_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...TARGET_SETTING_VERBS, 'đặt'])})(?:[^,;.:()]{0,100} với)? $`, 'u');
const COUNT_OF_TARGETS = /^\d{1,3} (?:chỉ tiêu|mục tiêu)(?!\p{L})(?!\p{M})/u;
const JUDGED_AFTER = /(?<![\p{L}\p{M}])(?:đạt|vượt|hoàn thành|ước|không|chưa|xấp xỉ)(?!\p{L})(?!\p{M})/u;
const SET_REACH = 120;
const JUDGE_REACH = 80;

/** The count of targets at `numberStart` is set by its clause's verb for a year not yet over. */
export function isTargetsCountSet(lower: string, clauseStart: number, numberStart: number, periodYear?: number, publishedYear?: number): boolean {
  if (periodYear === undefined || publishedYear === undefined || periodYear < publishedYear) return false;
  if (!COUNT_OF_TARGETS.test(lower.slice(numberStart, numberStart + 24))) return false;
  if (!SET_BEFORE.test(lower.slice(Math.max(clauseStart, numberStart - SET_REACH), numberStart))) return false;
  const after = lower.slice(numberStart, numberStart + JUDGE_REACH);
  const stop = after.search(/[.;\n]/u);
  return !JUDGED_AFTER.test(stop < 0 ? after : after.slice(0, stop));
}
