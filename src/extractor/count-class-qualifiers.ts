// Numbers inside the name of what a count counts: "112 tàu có chiều dài từ 15 m trở lên", "100% tàu cá từ 15 m trở
// lên", "320 ha bị thiệt hại trên 70%". The number sorts the counted things into a class (boats of 15 m and more,
// fields that lost more than 70%); it reports nothing itself.
import { alternation } from './vocabulary/regexp.ts';
import type { UnitInfo } from './vocabulary/units.ts';

// What a class of things is measured by, after "có": "tàu có chiều dài …", "nhà máy có công suất …".
const CLASS_MEASURES = ['chiều dài', 'chiều cao', 'chiều rộng', 'công suất', 'tổng công suất', 'diện tích', 'dung tích', 'đường kính', 'độ sâu'];
// Words that make the text between the count and the bound a clause of its own (a result, a comparison), not a noun.
const NOT_NOUN = ['đạt', 'tăng', 'giảm', 'còn', 'lên', 'xuống', 'là', 'được', 'chiếm', 'với', 'có', 'bằng', 'gấp', 'năng suất', 'sản lượng', 'giá', 'thu', 'bình quân', 'trong đó'];
const NOUN_WORD = String.raw`(?!(?:${alternation(NOT_NOUN)})(?!\p{L})(?!\p{M}))[\p{L}\p{M}]+`;
// A count (or a share of all: "100% tàu cá"), one to five words of its noun, an optional "có <measure>", then the
// bound word right before the number.
const COUNT_NOUN_BOUND = new RegExp(
  String.raw`(?<![\d.,])\d[\d.,]*%? (?:${NOUN_WORD} ){1,5}(?<measure>có (?:${alternation(CLASS_MEASURES)}) )?(?:từ|trên|dưới) $`, 'u');
const OPEN_ENDED = /^ *trở (?:lên|xuống)(?!\p{L})(?!\p{M})/u;

/**
 * The physical measure at [pos, end) is the class of things a count just before it counts: bound-led, after the
 * counted noun, and either open-ended ("… trở lên") or introduced by the measure it classes them by ("có chiều dài").
 */
export function isClassOfCounted(lower: string, pos: number, end: number, unit: UnitInfo | undefined): boolean {
  if (unit?.class !== 'physical') return false;
  // (Asked of every measure: the bound word right before it is checked first, without a pattern tried at each start.)
  if (!lower.endsWith('từ ', pos) && !lower.endsWith('trên ', pos) && !lower.endsWith('dưới ', pos)) return false;
  const m = COUNT_NOUN_BOUND.exec(lower.slice(Math.max(0, pos - 80), pos));
  if (!m) return false;
  return m.groups?.['measure'] !== undefined || OPEN_ENDED.test(lower.slice(end, end + 12));
}

// "320 ha chè bị thiệt hại trên 70%", "87 nhà bị hư hại từ 30 - 70%": damage is reported in classes of loss; the
// percentage names the class of the hectares or houses counted before it.
const DAMAGE = ['thiệt hại', 'hư hại', 'hư hỏng', 'mất trắng'];
const COUNT_DAMAGED_BOUND = new RegExp(
  String.raw`(?<![\d.,])\d[\d.,]* (?:${NOUN_WORD} ){1,4}(?:bị )?(?:${alternation(DAMAGE)})(?: nặng| hoàn toàn)? (?:(?:trên|từ|dưới|hơn) )?(?:[\d.,]+ ?%? ?(?:-|–|đến) ?)?$`, 'u');
/** A percent sign right after a number, or after the high end of a range that number opens. */
export const PERCENT_OR_RANGE_TO_PERCENT = /^ ?%|^ *(?:-|–|đến) *[\d.,]+ ?%/u;

/** The percentage (or either end of a range of them) at `pos` names the class of loss of what a count just before it counts. */
export function isDamageClassOfCounted(lower: string, pos: number, numberEnd: number): boolean {
  if (!PERCENT_OR_RANGE_TO_PERCENT.test(lower.slice(numberEnd, numberEnd + 16))) return false;
  // (Most percentages follow no damage word: looked for before the pattern is tried at each start.)
  const window = lower.slice(Math.max(0, pos - 80), pos);
  return DAMAGE.some((w) => window.includes(w)) && COUNT_DAMAGED_BOUND.test(window);
}

// "24 xã đạt 15-18 tiêu chí, 38 xã đạt 10-14 tiêu chí và không có xã đạt dưới 10 tiêu chí": communes sorted into classes by
// the criteria they meet; the number of criteria names the class, not a result. ("xã Mỹ An đạt 19/19 tiêu chí", "bình
// quân mỗi xã đạt 17,6 tiêu chí" are one commune's criteria or their average: figures.)
// (Its high end too, when the range is spaced: "12 xã đạt 15 - 18 tiêu chí".)
const COMMUNES_SORTED_BEFORE = /(?:(?<![\d.,])\d[\d.,]*|(?<![\p{L}\p{M}])có) xã đạt(?: từ| dưới| trên)? (?:\d{1,2} ?(?:-|–|đến) )?$/u;
const CRITERIA_AFTER = /^\d{1,2}(?: ?(?:-|–|đến) ?\d{1,2})? tiêu chí(?!\p{L})(?!\p{M})/u;

/** The count of criteria at `pos` names the class of the communes counted right before it. */
export function isCriteriaClassOfCommunes(lower: string, pos: number): boolean {
  // (Asked of every number after a space: the word right before it is checked first.)
  if (!lower.endsWith('đạt ', pos) && !lower.endsWith('từ ', pos) && !lower.endsWith('dưới ', pos) && !lower.endsWith('trên ', pos) &&
    !lower.endsWith('- ', pos) && !lower.endsWith('– ', pos) && !lower.endsWith('đến ', pos)) return false;
  return CRITERIA_AFTER.test(lower.slice(pos, pos + 20)) && COMMUNES_SORTED_BEFORE.test(lower.slice(Math.max(0, pos - 32), pos));
}

// "xuống giống lúa 3 vụ được 9.240 ha", "chuyển đất lúa 2 vụ sang trồng cây ăn quả": how many seasons a field is sown in
// a year names the kind of land, not a count of cases ("xảy ra 3 vụ").
const LAND_BEFORE_SEASONS = /(?<![\p{L}\p{M}])(?:lúa|đất|ruộng|chuyên|canh tác|luân canh) $/u;
const SEASONS_AFTER = /^[1-4] vụ(?!\p{L})(?!\p{M})/u;

/** The number at `pos` counts the seasons of the rice land named right before it. */
export function isSeasonsOfLand(lower: string, pos: number): boolean {
  return SEASONS_AFTER.test(lower.slice(pos, pos + 8)) && LAND_BEFORE_SEASONS.test(lower.slice(Math.max(0, pos - 12), pos));
}
