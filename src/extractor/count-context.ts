// A bare count ("3 huyện", "20 hộ") is a figure only where the text reports it: a verb just before it, a status
// after it, a colon line, or an indicator that names it. "ba huyện ven biển" describes; "có 20 hộ thoát nghèo" reports.
import type { Meaning } from './meaning.ts';
import type { Candidate } from './scan-figures.ts';

const ACHIEVED_AFTER = /^ *(?:[\p{L}\p{M}]+ ){0,2}(?:đạt chuẩn|đạt|hoàn thành|được công nhận|về đích)(?![\p{L}\p{M}])/u;

// "con" counts animals ("tổng đàn trâu, bò 16.133 con"); "gia đình có 2 con" counts children, and is a story.
const LIVESTOCK = /(?<![\p{L}\p{M}])(?:đàn|trâu|bò|heo|lợn|gà|vịt|gia súc|gia cầm|dê|cừu|ngựa|thủy cầm|vật nuôi|chăn nuôi|con giống)(?![\p{L}\p{M}])/u;

export function acceptsCount(lower: string, c: Candidate, m: Meaning, hasIndicator: boolean, prevEnd: number, clauseStart: number): boolean {
  if (c.unit.unit === 'con' && !LIVESTOCK.test(lower.slice(Math.max(clauseStart, c.numberStart - 120), c.end + 20))) return false;
  if (hasIndicator || m.status || m.bound || m.kind !== 'level' || m.direction || m.planMarked) return true;
  if (m.operator && m.operator.wordsBetween <= 5) return true;
  if (/[:–-]\s*$/.test(lower.slice(Math.max(0, c.numberStart - 3), c.numberStart))) return true;
  if (c.unit.unit.includes('/')) return true;
  // "bắt giữ 215 vụ, 389 đối tượng": a list continues the figure before it.
  if (prevEnd > 0 && /^\s*(?:,|và)\s*$/u.test(lower.slice(prevEnd, c.numberStart))) return true;
  if (ACHIEVED_AFTER.test(lower.slice(c.end, c.end + 40))) return true;
  return false;
}
