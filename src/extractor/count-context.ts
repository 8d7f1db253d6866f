// A count in a news report ("có 20 hộ thoát nghèo", "tạm giữ 1.920 phương tiện", "tại 384 chi bộ") is a figure. A few
// are not: animals that are children ("gia đình có 2 con"), and groups of places named by their geography rather than
// counted ("3 huyện ven biển", "hai huyện miền núi"), which describe where something happens.
import type { Candidate } from './scan-figures.ts';

// "con" counts animals ("tổng đàn trâu, bò 16.133 con"); "gia đình có 2 con" counts children, and is a story.
const LIVESTOCK = /(?<![\p{L}\p{M}])(?:đàn|trâu|bò|heo|lợn|gà|vịt|gia súc|gia cầm|dê|cừu|ngựa|thủy cầm|vật nuôi|chăn nuôi|con giống)(?![\p{L}\p{M}])/u;
const PLACE_UNITS = new Set(['xã', 'huyện', 'tỉnh', 'phường', 'thị trấn', 'thôn', 'ấp', 'bản', 'khu phố']);
const GEOGRAPHY_AFTER = /^ (?:ven biển|miền núi|vùng cao|vùng sâu|biên giới|đồng bằng|trung du|hải đảo|phía (?:bắc|nam|đông|tây)|giáp ranh|lân cận|trọng điểm)(?![\p{L}\p{M}])/u;

export function acceptsCount(lower: string, c: Candidate, clauseStart: number): boolean {
  if (c.unit.unit === 'con') return LIVESTOCK.test(lower.slice(Math.max(clauseStart, c.numberStart - 120), c.end + 20));
  if (PLACE_UNITS.has(c.unit.unit) && GEOGRAPHY_AFTER.test(lower.slice(c.end, c.end + 24))) return false;
  return true;
}
