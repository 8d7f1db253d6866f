// Numbers inside the name of what a count counts: "112 tàu có chiều dài từ 15 m trở lên", "100% tàu cá từ 15 m trở
// lên". The measure sorts the counted things into a class (boats of 15 m and more); it reports nothing itself.
import { alternation } from './vocabulary/regexp.ts';
import type { UnitInfo } from './vocabulary/units.ts';

// What a class of things is measured by, after "có": "tàu có chiều dài …", "nhà máy có công suất …".
const CLASS_MEASURES = ['chiều dài', 'chiều cao', 'chiều rộng', 'công suất', 'tổng công suất', 'diện tích', 'dung tích', 'đường kính', 'độ sâu'];
// Words that make the text between the count and the bound a clause of its own (a result, a comparison), not a noun.
const NOT_NOUN = ['đạt', 'tăng', 'giảm', 'còn', 'lên', 'xuống', 'là', 'được', 'chiếm', 'với', 'có', 'bằng', 'gấp', 'năng suất', 'sản lượng', 'giá', 'thu', 'bình quân', 'trong đó'];
const NOUN_WORD = String.raw`(?!(?:${alternation(NOT_NOUN)})(?![\p{L}\p{M}]))[\p{L}\p{M}]+`;
// A count (or a share of all: "100% tàu cá"), one to five words of its noun, an optional "có <measure>", then the
// bound word right before the number.
const COUNT_NOUN_BOUND = new RegExp(
  String.raw`(?<![\d.,])\d[\d.,]*%? (?:${NOUN_WORD} ){1,5}(?<measure>có (?:${alternation(CLASS_MEASURES)}) )?(?:từ|trên|dưới) $`, 'u');
const OPEN_ENDED = /^ *trở (?:lên|xuống)(?![\p{L}\p{M}])/u;

/**
 * The physical measure at [pos, end) is the class of things a count just before it counts: bound-led, after the
 * counted noun, and either open-ended ("… trở lên") or introduced by the measure it classes them by ("có chiều dài").
 */
export function isClassOfCounted(lower: string, pos: number, end: number, unit: UnitInfo | undefined): boolean {
  if (unit?.class !== 'physical') return false;
  const m = COUNT_NOUN_BOUND.exec(lower.slice(Math.max(0, pos - 80), pos));
  if (!m) return false;
  return m.groups?.['measure'] !== undefined || OPEN_ENDED.test(lower.slice(end, end + 12));
}
