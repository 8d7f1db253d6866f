// Finds where figures are in the normalised lower-case text: numbers with a unit, ratios, ranges and plan-slash pairs,
// and throws out what only looks like one (dates, times, codes, names, counters).
import { bareBeforePlanSlash } from './bare-before-plan-slash.ts';
import { isWholeRatioShare } from './whole-ratio-share.ts';
import { writtenInFull } from './full-low-end.ts';
import { namesCylinderSize } from './cylinder-size.ts';
import { arrowBefore } from './vocabulary/arrows.ts';
import { candidate } from './candidate.ts';
import { isDigitCode, numberEnd, quantityValue, readNumber, readQuantity, unitWrittenAt, type Quantity } from './quantity.ts';
import { endsWithPhrase } from './vocabulary/backward.ts';
import { isLetter } from './vocabulary/letters.ts';
import { DISTANCE_LANDMARKS, GIFT_NOUNS, NAME_BEFORE, PLAN_WORDS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';
import type { UnitInfo } from './vocabulary/units.ts';
import { findSpelledFigures } from './spelled-figures.ts';
import { countNamedBefore } from './count-named-before.ts';
import { subscribersNamedBefore } from './subscribers-named-before.ts';
import { outageMinutes } from './outage-minutes.ts';
import { listItemUnit } from './list-item-unit.ts';
import { isOverIndexParts, listedRatioUnit } from './listed-ratios.ts';
import { signedBracketUnit } from './signed-bracket-unit.ts';
import { isDensityBar } from './density-bar.ts';
import { isLargestProjectCapital } from './largest-project.ts';
import { isNumberedCommuneDigit } from './numbered-commune-digit.ts';
import { isBarOfCount } from './count-over-bar.ts';
import { isPovertyLineBar } from './poverty-line-bar.ts';
import { PERCENT_OR_RANGE_TO_PERCENT, isClassOfCounted, isCriteriaClassOfCommunes, isDamageClassOfCounted, isSeasonsOfLand } from './count-class-qualifiers.ts';
import { wordStartTest } from './vocabulary/word-start.ts';

export interface Candidate {
  start: number;
  end: number;
  /** Where the (first) number's digits start: left context is read from here. */
  numberStart: number;
  value: number;
  of?: number;
  high?: number;
  unit: UnitInfo;
  /** Printed decimals, for rounding tolerance downstream. */
  decimals: number;
  /** "+10,70%", "(-18,67%)". */
  sign?: 'up' | 'down';
  /** The figure after a plan slash ("…/KH 16.200 con"): it states the plan. */
  afterPlanSlash?: boolean;
  /** The figure is followed by a plan slash: the next one is its plan. */
  beforePlanSlash?: boolean;
}

// "16.133 con/KH 16.200 con": a plan word after a slash, then the plan's number ("đạt 48%/KH;" names no plan value).
const PLAN_AFTER_SLASH = new RegExp(`^\\/ ?${alternation(PLAN_WORDS)}(?!\\p{L})(?!\\p{M})(?=[^\\d;.\\n]{0,24}\\d)`, 'u');
// "83,2%/50%": a rate, then the plan's rate after the slash.
const RATE_AFTER_SLASH = /^\/ ?\d[\d.,]*\s?%/u;
const RANGE_JOIN = /^ *(?:-|–|—|~|đến|tới) *(?=\d)/;
const RANGE_OPENERS = '-–—~đt';
// "tỷ trọng nông nghiệp - công nghiệp - dịch vụ tương ứng là 48,2% - 22,6% - 29,2%": values dashed one after another
// match a dashed list of names; no two of them make a range (dash-chained-values).
const DASHED_BEFORE = /[\d%] *[-–—] *$/u;
const DASHED_AFTER = /^ *[-–—] *\d/u;
const DIGIT = /[0-9]/g;

export function scanFigures(lower: string): Candidate[] {
  const out: Candidate[] = [];
  const n = lower.length;
  let resumeAt = 0;
  let pendingPlan = false;
  // Whole digit runs: the first digit found by V8's native search (twice the speed of a JavaScript loop over every
  // code unit, match arrays and all), the rest of the run by a loop.
  for (let from = 0; ; ) {
    DIGIT.lastIndex = from;
    const digit = DIGIT.exec(lower);
    if (digit === null) break;
    const pos = digit.index;
    from = pos + 1;
    while (from < n && isDigitCode(lower.charCodeAt(from))) from++;
    if (pos < resumeAt || isDigit(lower[pos - 1])) continue;
    const skipTo = numberEnd(lower, pos);
    // (A bare number after "là" is the count its subject names: count-named-before.ts.)
    const read = figureAt(lower, pos) ?? countNamedBefore(lower, pos) ?? subscribersNamedBefore(lower, pos) ?? outageMinutes(lower, pos);
    // ("(1.870/KH 2.200 doanh nghiệp)": a bare result before a plan slash, bare-before-plan-slash.)
    const found = read === 'skip' || !read ? bareBeforePlanSlash(lower, pos, skipTo) ?? read : read;
    if (found === 'skip' || !found) {
      // A time or date swallows the numbers glued to it ("10:33", "27-5-2023", "16/6/2023").
      resumeAt = skipGlued(lower, skipTo);
      from = resumeAt;
      continue;
    }
    if (pendingPlan) found.afterPlanSlash = true;
    pendingPlan = false;
    const slash = lower[found.end] === '/' && (PLAN_AFTER_SLASH.test(lower.slice(found.end, found.end + 24)) ||
      (found.unit.class === 'percent' && RATE_AFTER_SLASH.test(lower.slice(found.end, found.end + 12))));
    if (slash) {
      found.beforePlanSlash = true;
      pendingPlan = true;
    }
    out.push(found);
    resumeAt = found.end;
    from = found.end;
  }
  shareDenominators(lower, out);
  return mergeSorted(out, findSpelledFigures(lower));
}

// "9,3 bác sĩ và 30,2 giường bệnh trên vạn dân": a count joined to a rate per population shares its denominator.
const DENOMINATOR_JOIN = /^(?: và |, )$/;
const POPULATION_DENOMINATOR = /\/(?:vạn dân|1\.000 dân|100\.000 dân)$/;

function shareDenominators(lower: string, out: Candidate[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const c = out[i]!;
    const next = out[i + 1]!;
    const per = POPULATION_DENOMINATOR.exec(next.unit.unit);
    if (!per || c.unit.class !== 'count' || c.unit.unit.includes('/') || c.of !== undefined) continue;
    if (!DENOMINATOR_JOIN.test(lower.slice(c.end, next.numberStart))) continue;
    c.unit = { ...c.unit, unit: c.unit.unit + per[0] };
  }
}

const RANK_BEFORE = /(?<![\p{L}\p{M}])thứ $/u;
// "Khu di tích cách trung tâm thành phố khoảng 15 km": how far a place lies from another says where it is.
const DISTANCE_FROM_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])cách (?:${alternation(DISTANCE_LANDMARKS)})(?!\p{L})(?!\p{M})(?: [\p{L}\p{M}.]+){0,5} (?:khoảng |hơn |gần |chừng |chưa đến )?$`, 'u');
// "Chiếc cầu dài 120 m, rộng 5 m": the second measure of one thing, right after its length, describes it too.
const SECOND_DIMENSION_BEFORE = /(?<![\p{L}\p{M}])dài [\d.,]+ ?(?:m|km),? (?:rộng|cao|sâu|cao độ) (?:khoảng |hơn |gần )?$/u;
// "Con đường Hạnh Phúc dài 185 km", "nằm ở độ cao khoảng 1.470 m", "nước ngập sâu 0,6 m", "đường rộng 7 m", "mở rộng
// lên 9 m mặt đường", "tàu có chiều dài từ 15 m trở lên": the size of one thing (or the size a class of things is named
// by) describes it. Kilometres only after a length word: "vào sâu 58 km" is how far salt water reached. Not a sum
// ("tổng chiều dài 120 km", "với chiều dài 85 km" of the works counted before it), nor a time ("kéo dài").
const SIZE_OF_ONE_BEFORE = /(?<![\p{L}\p{M}])(?:(?<!(?:tổng|với) )chiều (?:dài|rộng|cao)|độ (?:cao|sâu)|(?<!(?:kéo|,|chiều) )dài(?: nhất)?|(?<!chiều )rộng(?: lên)?|(?<!(?:chiều|độ) )cao|(?<!độ )sâu)(?: (?:khoảng|hơn|gần|chừng|từ|trên|dưới))? $/u;
const LENGTH_WORD_BEFORE = /(?:dài|dài nhất|chiều dài)(?: [\p{L}\p{M}]+)? $/u;
const SIZE_UNITS = new Set(['m', 'km', 'cm']);

// "… hoàn thành tuyến cao tốc nối Sa Pa với thành phố Lào Cai, dài gần 20 km": a length set off by a comma after one
// thing named with no number and no plural before it in its sentence is that thing's size too; after works counted
// ("nạo vét 25 tuyến kênh, dài 42 km") or named as many ("các tuyến đường, dài 120 km") it is their total (one-thing-
// length-after-comma).
const LENGTH_AFTER_COMMA = /, dài(?: (?:khoảng|hơn|gần|chừng|trên|dưới))? $/u;
const MANY_BEFORE = /\d|(?<![\p{L}\p{M}])(?:các|những|nhiều|hàng|mấy)(?!\p{L})(?!\p{M})/u;
const SENTENCE_BREAK = /[.;!?\n:]/gu;

function isSizeOfOneThing(lower: string, pos: number, unit: string): boolean {
  if (!SIZE_UNITS.has(unit)) return false;
  const before = lower.slice(Math.max(0, pos - 28), pos);
  if (SIZE_OF_ONE_BEFORE.test(before)) return unit !== 'km' || LENGTH_WORD_BEFORE.test(before);
  if (!LENGTH_AFTER_COMMA.test(before)) return false;
  let head = lower.slice(Math.max(0, pos - 160), pos - before.length + before.lastIndexOf(','));
  let cut = -1;
  for (const m of head.matchAll(SENTENCE_BREAK)) cut = m.index;
  if (cut >= 0) head = head.slice(cut + 1);
  return !MANY_BEFORE.test(head);
}

// "mỗi phần gồm 10 kg gạo", "Mỗi gói quà trị giá 500.000 đồng gồm 10 kg gạo", "mỗi suất trị giá 1 triệu đồng", "Giải Nhất nam có giá trị 60 triệu đồng": what one gift
// or one prize holds is a detail of one event, not a figure.
const ONE_ITEM_BEFORE = /(?<![\p{L}\p{M}])(?:mỗi (?!năm|tháng|quý|tuần|ngày|vụ|mùa|kỳ)(?:[\p{L}\p{M}]+ ){1,2}(?:(?:trị giá|có giá trị) [\d.,]+ (?:nghìn |ngàn |triệu )?đồng,? )?(?:gồm|gồm có|trị giá)|giải (?:nhất|nhì|ba|tư|đặc biệt|khuyến khích)(?: [\p{L}\p{M}]+){0,2} (?:có )?(?:giá trị|trị giá)) $/u;
// "đứng thứ 6 trong 13 tỉnh, thành": the whole a rank is taken in, as in "thứ 12/63 tỉnh".
// So is "là 1 trong 5 tỉnh có tỷ lệ … cao nhất": the few a place is one of.
const RANK_WHOLE_BEFORE = wordStartTest(/(?<![\p{L}\p{M}])(?:thứ (?:\d{1,3}|[ivxl]{1,5})|(?:là )?(?:1|một)) (?:trong|trên)(?: số| tổng số)? $/u);
// "trao 350 suất quà, mỗi suất 500.000 đồng", "mỗi phần quà gồm 10 kg gạo và 300.000 đồng tiền mặt": the value or the
// second item of one gift; so is "mỗi người có công được tặng một suất quà 500.000 đồng".
const ONE_GIFT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:mỗi|một) (?:${alternation(GIFT_NOUNS)})(?: (?:trị giá|có giá trị|gồm|gồm có)(?: [^,;()\n]{1,40})?)? $`, 'u');
const GIFT_AFTER = new RegExp(String.raw`^(?:\/(?:${alternation(GIFT_NOUNS)})(?!\p{L})(?!\p{M})|(?: tiền mặt)? mỗi (?:${alternation(GIFT_NOUNS)})(?!\p{L})(?!\p{M}))`, 'u');
const PER_GIFT_UNIT = new RegExp(String.raw`\/(?:${alternation(GIFT_NOUNS)})$`, 'u');
const isOneGift = (window: string) => (window.includes('mỗi ') || window.includes('một ')) && ONE_GIFT_BEFORE.test(window);
// "mỗi tân binh được tặng từ 2 - 5 triệu đồng": what each recipient is given as a present is one gift's value or contents (a
// grant "mỗi căn được hỗ trợ 60 triệu đồng" is a policy's level and stays).
const GIFT_PER_RECIPIENT_BEFORE = /(?<![\p{L}\p{M}])mỗi (?:[\p{L}\p{M}]+ ){1,3}được (?:trao )?tặng(?: quà)?(?: (?:từ|khoảng|gần|hơn|trên))? (?:\d[\d.,]* ?(?:-|–|đến) ?)?$/u;
// "không thả nuôi khi độ mặn vượt 35‰": a level a condition says must not be passed is a threshold of advice, as a
// bound in a condition is (CONDITION_BEFORE below).
const CONDITION_EXCEEDS_BEFORE = /(?<![\p{L}\p{M}])(?:khi|nếu)(?: [\p{L}\p{M}]+){1,3} (?:vượt quá|vượt|quá) $/u;
// "Tỉnh khuyến cáo nuôi tôm siêu thâm canh ở mật độ 250 - 300 con/m2": a density the authorities advise is a rule of
// farming practice, not a result ("mật độ dân số 450 người/km2" names no advice and stays a figure).
const ADVISED_DENSITY_BEFORE = /(?<![\p{L}\p{M}])(?:khuyến cáo|hướng dẫn|khuyến khích)[^.;:\n\d]{0,60} mật độ (?:(?:từ|khoảng|tối đa|không quá) )?(?:\d[\d.,]* ?(?:-|–|đến) ?)?$/u;
const MAP_SCALE_BEFORE = /(?<![\p{L}\p{M}])(?:quy hoạch|bản đồ)(?!\p{L})(?!\p{M})[^.;\n\d]{0,48}t[ỷỉ] lệ $/u;
const PER_ONE_BEFORE = /(?<![\p{L}\p{M}])(?:trên|mỗi|cho|bình quân)(?: mỗi)? $/u;

function figureAt(lower: string, pos: number): Candidate | 'skip' | undefined {
  const before = lower[pos - 1];
  // Glued to a letter ("st25", "covid-19" handled below) or a stray separator (",54%"): not a figure.
  if (before && isLetter(before)) return 'skip';
  // The digits before a separator would have been read with this number: a bare ",54%" is malformed.
  if (before === ',' || before === '.') return 'skip';
  const q1 = readQuantity(lower, pos);
  if ((before === '-' || before === '/' || before === ':') && /[\p{L}\p{M}\d]/u.test(lower[pos - 2] ?? ' ') && !isSecondCount(lower, pos, q1)) return 'skip';
  if (!q1 || q1.counter) return 'skip';
  if ((q1.unit?.unit === 'km' || q1.unit?.unit === 'm') && DISTANCE_FROM_BEFORE.test(lower.slice(Math.max(0, pos - 56), pos))) return 'skip';
  if (before === ' ' && isClassOfCounted(lower, pos, q1.end, q1.unit)) return 'skip';
  if (before === ' ' && isDamageClassOfCounted(lower, pos, q1.numberEnd)) return 'skip';
  if (before === ' ' && isSeasonsOfLand(lower, pos)) return 'skip';
  if (before === ' ' && isCriteriaClassOfCommunes(lower, pos)) return 'skip';
  // ("Đảng uỷ phường Hà Giang 1 tổ chức …": the digit ends the ward's name — numbered-commune-digit.)
  if (before === ' ' && isNumberedCommuneDigit(lower, pos, q1.numberEnd)) return 'skip';
  if (q1.unit && isSizeOfOneThing(lower, pos, q1.unit.unit)) return 'skip';
  if ((q1.unit?.unit === 'm' || q1.unit?.unit === 'm2') && SECOND_DIMENSION_BEFORE.test(lower.slice(Math.max(0, pos - 24), pos))) return 'skip';
  if (before === ' ' && (lower.endsWith('gồm ', pos) || lower.endsWith('giá ', pos) || lower.endsWith('trị ', pos)) &&
    ONE_ITEM_BEFORE.test(lower.slice(Math.max(0, pos - 72), pos))) return 'skip';
  if (before === ' ' && isOneGift(lower.slice(Math.max(0, pos - 64), pos))) return 'skip';
  if ((before === ' ' || before === '-') && lower.slice(Math.max(0, pos - 24), pos).includes('tặng') &&
    GIFT_PER_RECIPIENT_BEFORE.test(lower.slice(Math.max(0, pos - 56), pos))) return 'skip';
  if (before === ' ' && lower.slice(Math.max(0, pos - 24), pos).includes('mật độ') && ADVISED_DENSITY_BEFORE.test(lower.slice(Math.max(0, pos - 110), pos))) return 'skip';
  if (before === ' ' && (lower.endsWith('vượt ', pos) || lower.endsWith('quá ', pos)) && CONDITION_EXCEEDS_BEFORE.test(lower.slice(Math.max(0, pos - 40), pos))) return 'skip';
  // "… với mức hỗ trợ 500 nghìn đồng tiền mặt mỗi suất", "mức 1,2 triệu đồng/suất": the value of each gift, after it.
  if (q1.unit?.class === 'money' && (GIFT_AFTER.test(lower.slice(q1.end, q1.end + 24)) || PER_GIFT_UNIT.test(q1.unit.unit))) return 'skip';
  if (q1.unit?.class === 'money' && before === ' ' && isDensityBar(lower, pos, q1.end, q1.unit.unit)) return 'skip';
  if (q1.unit?.class === 'money' && before === ' ' && isLargestProjectCapital(lower, pos)) return 'skip';
  if (q1.unit?.class === 'money' && before === ' ' && isBarOfCount(lower, pos)) return 'skip';
  // "theo chuẩn của tỉnh (thu nhập dưới 50 triệu đồng/người/năm)": the standard's line (poverty-line-bar).
  if (q1.unit?.class === 'money' && before === ' ' && isPovertyLineBar(lower, pos, q1.unit.unit)) return 'skip';
  if (before === ' ' && (lower.endsWith('trong ', pos) || lower.endsWith('trên ', pos) || lower.endsWith('số ', pos)) &&
    RANK_WHOLE_BEFORE.test(lower.slice(Math.max(0, pos - 28), pos))) return 'skip';
  // "giá trị sản xuất trên 1 ha đất canh tác đạt 215 triệu đồng": one unit of measure after "trên"/"mỗi" is what the
  // figure after it is divided by, not a figure.
  if (q1.unit?.class === 'physical' && q1.numberEnd - pos <= 2 && /^0?1$/.test(lower.slice(pos, q1.numberEnd)) &&
    PER_ONE_BEFORE.test(lower.slice(Math.max(0, pos - 16), pos))) return 'skip';
  // A count of things out of a whole ("đại hội 39/39 chi bộ") is no document or ordinal, whatever word comes first.
  const ratioWithUnit = lower[q1.numberEnd] === '/' && isDigit(lower[q1.numberEnd + 1]) && readRatio(lower, q1);
  // … except a rank out of a whole: "đứng thứ 12/63 tỉnh, thành phố".
  if (!(ratioWithUnit && ratioWithUnit !== 'skip' && !RANK_BEFORE.test(lower.slice(Math.max(0, pos - 6), pos))) && isNamedNumber(lower, pos, q1.unit?.class === 'money' || opensMoneyRange(lower, q1))) return 'skip';
  if (q1.unit?.class === 'percent' && lower.startsWith('100', pos) && q1.numberEnd === pos + 3 && isWholeBar(lower, pos)) return 'skip';
  const next = lower[q1.numberEnd];
  if (next === ':' && isDigit(lower[q1.numberEnd + 1])) return 'skip';
  // "phê duyệt quy hoạch chi tiết tỷ lệ 1/500 Cụm công nghiệp …": a plan's map scale.
  if (next === '/' && before === ' ' && q1.numberEnd === pos + 1 && lower[pos] === '1' && lower.endsWith(' lệ ', pos) &&
    MAP_SCALE_BEFORE.test(lower.slice(Math.max(0, pos - 64), pos)) && /^\d[\d.]{2,}/.test(lower.slice(q1.numberEnd + 1, q1.numberEnd + 8))) return 'skip';
  // Codes: "01-CT/TU", "155/NQ-HĐND", "1600/QĐ-TTg".
  if ((next === '-' || next === '/') && /[\p{L}]/u.test(lower[q1.numberEnd + 1] ?? '') && !q1.unit) return 'skip';

  const ratio = readRatio(lower, q1);
  if (ratio !== undefined) return ratio;
  const range = readRange(lower, q1);
  if (range !== undefined) return range;
  if (isDateLike(lower, q1)) return 'skip';
  return single(lower, q1) ?? sharedUnit(lower, q1);
}

// "lần lượt 4,2 triệu và 3,4 triệu lượt", "tăng 5,2 và 6,1%": a number listed before another takes that one's unit.
const LIST_JOIN = /^(?: và |, )(?=\d)/;

function sharedUnit(lower: string, q1: Quantity): Candidate | undefined {
  if (q1.unit || q1.dotted) return undefined;
  // "năm học 2023 - 2024, 86,7% trường …": a year ends a phrase, it does not share the next unit.
  if (q1.power === 0 && q1.decimals === 0 && /^(?:19|20)\d\d$/.test(lower.slice(q1.start, q1.numberEnd))) return undefined;
  const join = LIST_JOIN.exec(lower.slice(q1.end, q1.end + 6));
  if (join) {
    const q2 = readQuantity(lower, q1.end + join[0].length);
    if (q2?.unit && !q2.counter && q2.power === q1.power) return single(lower, { ...q1, unit: q2.unit });
  }
  return respectiveUnit(lower, q1) ?? itemUnit(lower, q1) ?? signedBracketMove(lower, q1);
}

function signedBracketMove(lower: string, q1: Quantity): Candidate | undefined {
  const unit = signedBracketUnit(lower, q1);
  return unit && single(lower, { ...q1, unit });
}

function itemUnit(lower: string, q1: Quantity): Candidate | undefined {
  const named = listItemUnit(lower, q1);
  if (!named) return undefined;
  const q = { ...q1, unit: named.unit, power: q1.power || named.power };
  // "- Gạo thường: 15.000 - 16.000" under "(đồng/kg):": a bare range takes the unit as a whole.
  const range = readRange(lower, q);
  return range && range !== 'skip' ? range : single(lower, q);
}

// After "lần lượt" a whole list may share the noun after its last item: "lần lượt đón 1,45 triệu, 1,12 triệu và
// 860.000 lượt khách", "lần lượt là 6,91; 7,42 và 5,86 điểm". Scale words may differ from item to item there.
const RESPECTIVE_JOIN = /^(?: và |, |; )(?=\d)/;
const RESPECTIVE_BEFORE = 60;
const MAX_LIST = 12;

function respectiveUnit(lower: string, q1: Quantity): Candidate | undefined {
  // Looked for in a window only: a long text of bare numbers must not be scanned back to its start for each.
  const from = Math.max(0, q1.start - RESPECTIVE_BEFORE);
  const inWindow = lower.slice(from, q1.start + 1).lastIndexOf('lần lượt');
  if (inWindow < 0 || /\.(?!\d)|;(?! \d)|\n/.test(lower.slice(from + inWindow, q1.start + 1))) return undefined;
  let q: Quantity = q1;
  for (let k = 0; k < MAX_LIST; k++) {
    const join = RESPECTIVE_JOIN.exec(lower.slice(q.end, q.end + 6));
    if (!join) return undefined;
    const next = readQuantity(lower, q.end + join[0].length);
    if (!next || next.counter) return undefined;
    // "lần lượt nhận 3, 4 và 5 tỷ đồng": an item with no scale of its own takes the last one's, as a range does.
    if (next.unit) return single(lower, { ...q1, unit: next.unit, power: q1.power || next.power });
    q = next;
  }
  return undefined;
}

function single(lower: string, q: Quantity): Candidate | undefined {
  let unit = q.unit;
  if (!unit && q.power >= 9) unit = { unit: 'VND', class: 'money' };
  if (!unit) return undefined;
  if (q.dotted && unit.class === 'count') return undefined;
  return candidate({
    start: q.start, end: q.end, numberStart: q.start, value: quantityValue(q), unit,
    decimals: q.decimals, sign: signBefore(lower, q.start),
  });
}

// "thụ lý 215 vụ/386 bị cáo": the count before the slash, with its own noun.
const COUNT_BEFORE_SLASH = /(?<![\p{L}\p{M}\d.,])\d[\d.,]* [\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2}\/$/u;

/** A count after a slash that follows another count of a different thing ("215 vụ/386 bị cáo"): a figure of its own. */
function isSecondCount(lower: string, pos: number, q: Quantity | undefined): boolean {
  if (lower[pos - 1] !== '/' || q?.unit?.class !== 'count') return false;
  const window = lower.slice(Math.max(0, pos - 40), pos);
  const m = COUNT_BEFORE_SLASH.exec(window);
  if (!m) return false;
  const first = readQuantity(lower, pos - window.length + m.index);
  return first?.unit?.class === 'count' && first.unit.unit !== q.unit.unit && first.end === pos - 1;
}

/** x/y with the unit after y, or after both ("20 chỉ tiêu/21 chỉ tiêu"). */
const SHARE_BRACKET_AFTER = /^ \(\d{1,3}(?:,\d{1,2})? ?%\)/u;

function readRatio(lower: string, q1: Quantity): Candidate | 'skip' | undefined {
  // "792,9 tỷ/1.287,4 tỷ đồng": a scale written on both sides, the unit only after the second.
  const scaledBoth = !q1.unit && q1.power > 0 && lower[q1.end] === '/';
  let at = q1.unit || scaledBoth ? q1.end : q1.numberEnd;
  if (lower[at] !== '/') return undefined;
  at++;
  if (lower[at] === ' ') at++;
  if (!isDigit(lower[at])) return undefined;
  const q2 = readQuantity(lower, at);
  if (!q2 || q2.counter) return 'skip';
  // "16/6/2023", "30/4": dates have no unit; a third part settles it.
  if (isDateTail(lower, q2.numberEnd) && !q2.unit) return 'skip';
  // "Các dự án đến ngày 15/11 giải ngân dưới 50%": after "ngày" a day and a month, whatever word follows.
  if (isDayAndMonth(lower, q1, q2)) return 'skip';
  // "thụ lý 215 vụ/386 bị cáo": two counts of different things side by side, not a part of a whole.
  if (q1.unit?.class === 'count' && q2.unit?.class === 'count' && q1.unit.unit !== q2.unit.unit) return undefined;
  let unit = q2.unit ?? q1.unit ?? listedRatioUnit(lower, q2);
  if (isOverIndexParts(unit, q1, q2)) return 'skip';
  // "Huyện Duy Tiên có 16/16 (100%) xã đạt chuẩn": the share in brackets stands between the ratio and what it counts.
  if (!unit && lower[q2.numberEnd] === ' ' && lower[q2.numberEnd + 1] === '(') {
    const share = SHARE_BRACKET_AFTER.exec(lower.slice(q2.numberEnd, q2.numberEnd + 14));
    const counted = share ? unitWrittenAt(lower, q2.numberEnd + share[0].length) : undefined;
    if (counted?.class === 'count') unit = counted;
  }
  // "thu ngân sách đạt 6.420/21.300 tỷ đồng": a sum out of its whole, both in the scale and unit after the second;
  // "(792,9 tỷ/1.287,4 tỷ đồng)" writes the scale twice.
  if (unit?.class === 'money' && q2.unit && !q1.unit && (!q1.power || q1.power === q2.power) && q2.power >= 6 && !q1.dotted && !q2.dotted) {
    return candidate({
      start: q1.start, end: q2.end, numberStart: q1.start, value: quantityValue({ ...q1, power: q2.power }), of: quantityValue(q2),
      unit, decimals: Math.max(q1.decimals, q2.decimals),
    });
  }
  // "tỷ lệ xã đạt chuẩn 83,2%/50% tổng số xã": a rate reached, then the plan's, each with its sign (read as a plan slash).
  if (q1.unit?.class === 'percent' && q2.unit?.class === 'percent') return undefined;
  if (!unit || unit.class === 'percent' || unit.class === 'money' || unit.class === 'times' || unit.class === 'points') return 'skip';
  if (q1.power || q2.power || q1.dotted || q2.dotted) return 'skip';
  return candidate({
    start: q1.start, end: q2.unit ? q2.end : q2.numberEnd, numberStart: q1.start, value: quantityValue(q1), of: quantityValue(q2),
    unit, decimals: Math.max(q1.decimals, q2.decimals),
  });
}

/** "8 - 9%", "từ 1,3% đến 1,5%", "1,5-1,6 triệu lao động", "16.200-16.500 con". */
function readRange(lower: string, q1: Quantity): Candidate | 'skip' | undefined {
  const from = q1.end;
  // Cut the window out only when a range joiner can open it.
  let k = from;
  while (lower[k] === ' ') k++;
  if (!RANGE_OPENERS.includes(lower[k] ?? '')) return undefined;
  const join = RANGE_JOIN.exec(lower.slice(from, from + 12));
  if (!join) return undefined;
  const q2 = readQuantity(lower, from + join[0].length);
  if (!q2 || q2.counter) return undefined;
  const unit = q2.unit ?? q1.unit;
  if (!unit) return undefined;
  // "từ 300.000 đồng đến 5 triệu đồng/chậu": the rate's divisor, written once after the high end, is the low end's too.
  if (q1.unit && q2.unit && q1.unit.unit !== q2.unit.unit && !q2.unit.unit.startsWith(`${q1.unit.unit}/`)) return undefined;
  const high = quantityValue(q2);
  // ("300.000 - 1,5 triệu đồng/chậu": a low end written in full keeps its value; full-low-end.ts.)
  // (Only where the scale would lift it past the high end: "1.200 - 1.500 tỷ đồng" scales both.)
  const fullLow = q2.power > 0 && writtenInFull(lower, q1.start, q1.numberEnd) && !writtenInFull(lower, q2.start, q2.numberEnd) &&
    quantityValue(q1) < high && quantityValue({ ...q1, power: q2.power }) >= high;
  const lowQ = q1.power === 0 && q2.power > 0 && !q1.unit && !fullLow ? { ...q1, power: q2.power } : q1;
  const low = quantityValue(lowQ);
  if (!(low < high)) return undefined;
  if (DASHED_BEFORE.test(lower.slice(Math.max(0, q1.start - 4), q1.start)) || DASHED_AFTER.test(lower.slice(q2.end, q2.end + 4))) return undefined;
  return candidate({
    start: q1.start, end: q2.end, numberStart: q1.start, value: low, high, unit,
    decimals: Math.max(q1.decimals, q2.decimals), sign: signBefore(lower, q1.start),
  });
}

const DAY_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:ngày|hôm) $/u;

/** "ngày 15/11": a day of the month and a month, written after the word for day. */
function isDayAndMonth(lower: string, q1: Quantity, q2: Quantity): boolean {
  if (q1.decimals || q2.decimals || q1.power || q2.power || q1.dotted || q2.dotted) return false;
  const day = quantityValue(q1);
  const month = quantityValue(q2);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && DAY_WORD_BEFORE.test(lower.slice(Math.max(0, q1.start - 6), q1.start));
}

function isDateLike(lower: string, q: Quantity): boolean {
  if (q.unit || q.power) return false;
  return isDateTail(lower, q.numberEnd);
}

/** "/2023", "-5", ".4" right at `at` (a separator and a digit): a date's or a code's tail. */
function isDateTail(lower: string, at: number): boolean {
  const sep = lower[at];
  return (sep === '/' || sep === '-' || sep === '.') && isDigit(lower[at + 1]);
}

// "thép các loại 3,98 triệu tấn", "ô tô các loại 21.450 chiếc", "rau các loại 39.800 ha": "of all kinds" sums a product's
// grades, where "loại 1" names one of them.
const ALL_KINDS = ['các', 'mọi'];
const isAllKinds = (lower: string, hit: { phrase: string; start: number }) => hit.phrase === 'loại' && endsWithPhrase(lower, hit.start, ALL_KINDS) !== undefined;

// "mật độ dân số 1.392 người/km2", "mật độ 392 người/km2": population and density, not number 1.392 or degree 392.
// ("trong số 22 chỉ tiêu mà Nghị quyết đề ra, có 20 chỉ tiêu đạt": among so many, not number 22.)
const NOT_A_NAME_BEFORE: Record<string, string[]> = { 'số': ['tổng', 'với', 'có', 'dân', 'trong'], 'độ': ['mật'], 'loại': ALL_KINDS, 'luật': ['kỷ', 'pháp'], 'điều': ['đa', 'cầu'], 'mục': ['hạng'], 'cấp': ['trợ', 'cung', 'phụ'],
  // "tốc độ tăng … bình quân hằng năm 10 - 11%": each year's, not a year's name.
  'năm': ['hằng', 'hàng', 'mỗi', 'bình quân'],
  // "Bến xe … xuất bến 1.126 chuyến xe": leaving the station, a verb, not wharf number 1.126.
  'bến': ['xuất', 'cập', 'rời'] };
const TIME_WORDS = new Set(['năm', 'tháng', 'quý', 'ngày', 'tuần', 'giờ', 'lúc']);
const DOCUMENT_WORDS = new Set(['nghị quyết', 'kế hoạch số', 'đề án', 'chương trình', 'quyết định', 'chỉ thị']);

// "xe tải có tải trọng trên 2,5 tấn": a class of things, described by a number, not a figure.
const QUALIFIER_BEFORE = ['tải trọng', 'trọng tải', 'sức chở', 'sức chứa', 'có quy mô', 'quy mô', 'loại', 'độ ẩm', 'giảm giá', 'khuyến mãi', 'chiết khấu', 'tỷ số', 'nhiệt độ',
  // "ranh mặn 4‰ vào sâu 58 km": the isohaline names which salinity line is meant.
  'ranh mặn', 'ranh giới mặn',
  // "tôm thẻ cỡ 100 con/kg": a size grade of the goods.
  'cỡ', 'size',
  // "tranh tài ở cự ly 1.200 m": the race's distance, one event's rule.
  'cự ly',
  // "con đường dài 1,2 km", "tuyến đường dài 800 m": the length of one road or work, not a result.
  'đường dài', 'cầu dài', 'kênh dài', 'đê dài', 'kè dài',
  // "thương binh có tỷ lệ tổn thương cơ thể từ 81% trở lên", "suy giảm khả năng lao động từ 61%": the degree of injury
  // that sorts war invalids and workers into a class of support, not a result.
  'tổn thương cơ thể', 'tỷ lệ tổn thương', 'suy giảm khả năng lao động'];
const BOUND_LEADS = ['trên', 'dưới', 'từ', 'hơn', 'khoảng'];
// "trong đó 1.250 ha bị thiệt hại trên 70%", "thu hoạch ngay diện tích lúa đã chín trên 85%": how much of a crop is lost
// or ripe names the class of the area counted, not a result.
// ("1.450 ha lúa Đông Xuân muộn bị ảnh hưởng, thiệt hại từ 30 - 70%", "1 triệu đồng/ha đối với diện tích thiệt hại từ 30 - 70%":
// a class given as a range of loss, after a comma closing what befell the area, too.)
const AREA_CLASS_BEFORE = /(?:\d ha|diện tích)(?: [\p{L}\p{M}]+,?){0,8} (?:bị )?(?:thiệt hại|hư hại|mất trắng|đã chín|chín) $/u;
const AREA_CLASS_REACH = 80;
const namesAreaClass = (lower: string, boundStart: number) => AREA_CLASS_BEFORE.test(lower.slice(Math.max(0, boundStart - AREA_CLASS_REACH), boundStart));
// "hướng dẫn nông dân lấy nước khi độ mặn dưới 1‰": a bound in a condition is a threshold, not a result. ("tỷ số giới
// tính khi sinh dưới 112 bé trai/100 bé gái": "khi sinh" is "at birth", no condition.)
const CONDITION_BEFORE = /(?<![\p{L}\p{M}])(?:khi(?! sinh )|nếu)(?: [\p{L}\p{M}]+){1,3} $/u;
// "nhà tốc mái từ 30% trở lên được hỗ trợ 10 triệu đồng", "hộ có thu nhập dưới 2 triệu đồng được miễn …": a bound that
// says who qualifies for support is a threshold, not a result ("hơn 1.500 ha được cấp mã số" is an amount).
const ELIGIBLE_AFTER = /^[\d.,]+\s*(?:%|m2|ha|tấn|(?:nghìn |ngàn |triệu |tỷ )?đồng(?:\/[\p{L}\p{M}]+)*)?(?: (?:trở lên|trở xuống))?,? (?:thì )?(?:sẽ )?được (?:hỗ trợ|miễn|giảm|xét|hưởng|vay|bồi thường)(?!\p{L})(?!\p{M})/u;
// "Các dự án giải ngân dưới 50% sẽ bị điều chuyển vốn", "các huyện có tỷ lệ thu dưới 60% phải có kế hoạch …": a bar
// that brings a sanction or a duty on those under (or over) it is a rule's threshold, not a result.
// ("Chủ đầu tư có tỷ lệ giải ngân dưới 60% thì điều chuyển vốn": "thì" alone makes it the condition of what follows.)
// ("… có tỷ lệ giải ngân dưới 60% đến ngày 15/12 sẽ bị điều chuyển vốn": the day the bar is read at may stand between:
// sanctioned-bar-by-date.)
const SANCTIONED_AFTER = /^[\d.,]+\s*%(?: (?:trở lên|trở xuống))?(?: (?:đến|tính đến|trước|vào) (?:hết )?(?:ngày )?\d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)\d\d)?,?)? (?:thì|(?:sẽ )?(?:bị|phải))(?!\p{L})(?!\p{M})/u;
// (A date is no count: "đến ngày 31/12/2025 giải ngân đạt trên 85%", "đến hết năm 2024 giải ngân đạt trên 95% kế hoạch".) "14/52 chủ đầu tư có tỷ lệ giải ngân dưới 50%", "8/11 địa phương cấp huyện đạt tỷ lệ bao phủ bảo hiểm y tế trên 92%", "12 tỉnh, thành phố đạt tốc độ tăng trưởng GRDP
// từ 10% trở lên": the bar the counted units cleared, not a result. Not after a measure ("5.600 tấn đạt trên 90% kế
// hoạch" is an attainment), nor a count of targets ("9/21 chỉ tiêu đạt trên 50%": how far they got), nor an age
// ("trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%"), nor a hotel's stars ("các khách sạn 4 - 5 sao đạt trên 70%":
// the grade of the hotels whose occupancy is given), nor when a plan follows the percentage.
const COUNT_CLEARING_BAR = /(?<![\d.,/]|(?:dưới|trên|từ|năm|tháng|quý|ngày) )\d+(?:\/\d+)? (?!(?:tấn|ha|tỷ|tỉ|triệu|nghìn|ngàn|đồng|usd|km|kg|lít|m|con|lượt|điểm|tuổi|tháng|năm|ngày|chỉ tiêu|tiêu chí|sao)(?!\p{L})(?!\p{M}))(?:[\p{L}\p{M}]+,? ){1,6}(?:đạt|có tỷ lệ|có tỉ lệ) (?:[\p{L}\p{M}]+ ){0,10}$/u;
// "…, trong đó có 5 đơn vị dưới 30%": the bar right after the units "có" counts, no verb between. ("Hiện có 37 dự án
// giải ngân dưới 30%": the units and what they did may take up to five syllables.)
// So do the units a clause opens on in a list of counts ("; 27 chủ đầu tư giải ngân dưới 30% và 9 …", "trong đó 6 chủ
// đầu tư dưới 30%", "… và 7 địa phương giải ngân dưới 70%").
// (A plain number there: "riêng hai đêm 7 và 8/12 đạt trên 95%" names a day.)
const COUNT_UNDER_BAR = /(?:(?<![\p{L}\p{M}])(?:có|còn) \d+(?:\/\d+)?|(?:(?<![\p{L}\p{M}])(?:trong đó|và)|[;,]) \d+(?![\d/.,])) (?!(?:tấn|ha|tỷ|tỉ|triệu|nghìn|ngàn|đồng|usd|km|kg|lít|m|con|lượt|điểm|tuổi|tháng|năm|ngày|chỉ tiêu|tiêu chí|sao)(?!\p{L})(?!\p{M}))(?:[\p{L}\p{M}]+ ){1,5}$/u;
const BAR_PERCENT = /^[\d.,]+\s*%(?!\s*(?:trở lên\s*)?(?:kế hoạch|kh|dự toán|chỉ tiêu|nghị quyết|mục tiêu|so với)(?!\p{L})(?!\p{M}))/u;

// "còn 12 xã đạt dưới 10 tiêu chí", "không còn xã dưới 10 tiêu chí", "các xã đạt từ 15 tiêu chí trở lên": a bound on the
// criteria the counted communes met is the class they are counted in, a bar; "bình quân trên 15 tiêu chí/xã" is a rate.
const COMMUNES_BEFORE_BAR = /(?:(?<![\p{L}\p{M}])(?:còn|các|những|có)|\d) xã(?: (?:đạt|chỉ đạt|mới đạt))? $/u;
const CRITERIA_AFTER = /^[\d.,]+ tiêu chí(?!\s*\/)/u;

// "9/14 khoản thu đạt trên 75% dự toán", "6 xã đạt từ 90% kế hoạch trở lên": with a threshold word, the share of a plan
// the counted units each cleared is their bar too (the count is the figure). Without one ("15 xã đạt 100% kế hoạch")
// the share stays an attainment.
const THRESHOLD_BOUNDS = new Set(['trên', 'từ', 'dưới']);
const BAR_OF_PLAN = /^[\d.,]+\s*%\s*(?:trở lên\s*)?(?:kế hoạch|kh|dự toán|chỉ tiêu|nghị quyết|mục tiêu)(?!\p{L})(?!\p{M})/u;

// "5 trường đạt tỷ lệ 100% học sinh thi đỗ", "có 3 trường đỗ tốt nghiệp 100%": all of each counted unit is the class
// counted, as a bar is; no bound word needed.
const ALL_PASSED = /(?<![\d.,])\d+(?:\/\d+)? trường (?:[\p{L}\p{M}]+ ){0,4}(?:đỗ|đậu)(?: tốt nghiệp)? (?:(?:tỷ lệ|tỉ lệ|đạt) )?$/u;

function isWholeBar(lower: string, pos: number): boolean {
  if (!BAR_PERCENT.test(lower.slice(pos, pos + 40)) || isWholeRatioShare(lower, pos)) return false;
  const before = lower.slice(Math.max(0, pos - 110), pos);
  return COUNT_CLEARING_BAR.test(before) || ALL_PASSED.test(before);
}

// Every way below of naming a number ends right before it with one of these: most numbers follow none, and are
// passed with one lookup instead of three.
const NAMING_WORDS = [...BOUND_LEADS, ...QUALIFIER_BEFORE, ...NAME_BEFORE];

// "(cỡ 0,8 - 1 kg/con)": the upper end of a range whose lower end a qualifier names.
const RANGE_LOW_REACH = 16;

const isNumberCode = (code: number) => isDigitCode(code) || code === 0x2e || code === 0x2c;

/** Where the low end of a range ends right before `pos` ("0,8 - ", "5 đến "), read back from `pos` no further than
 *  `from`: what /(?<![\d.,])\d[\d.,]* ?(?:-|–|đến) ?$/ finds on lower[from, pos) (every number preceded by a space is
 *  asked; the regex tried each position of the window). -1 when none. */
export function rangeLowStart(lower: string, from: number, pos: number): number {
  let e = pos;
  if (e > from && lower.charCodeAt(e - 1) === 0x20) e--;
  const dash = e > from ? lower.charCodeAt(e - 1) : 0;
  if (dash === 0x2d || dash === 0x2013) e--;
  else if (e - 3 >= from && lower.startsWith('đến', e - 3)) e -= 3;
  else return -1;
  if (e > from && lower.charCodeAt(e - 1) === 0x20) e--;
  let k = e;
  while (k > from && isNumberCode(lower.charCodeAt(k - 1))) k--;
  return k < e && isDigitCode(lower.charCodeAt(k)) ? k : -1;
}

// "lợi nhuận cao hơn ngoài mô hình 2 - 3 triệu đồng/ha": the low end of a range of money is money too, never the number
// of a name ("mô hình 2"); the unit stands after the high end only.
const RANGE_DASH = /^ ?[-–] ?(?=\d)/u;

function opensMoneyRange(lower: string, q1: Quantity): boolean {
  if (q1.unit) return false;
  const dash = RANGE_DASH.exec(lower.slice(q1.numberEnd, q1.numberEnd + 4));
  return dash !== null && readQuantity(lower, q1.numberEnd + dash[0].length)?.unit?.class === 'money';
}

const isMeasure = (unit: UnitInfo | undefined) => unit?.class === 'physical' || unit?.class === 'money';

// "giá gạo 5% tấm xuất khẩu", "gạo 25% tấm 557 - 561 USD/tấn": the share of broken grains names the grade of rice, as
// "loại 1" does; it is no share of anything reported.
const BROKEN_GRAIN_GRADE = /^\d{1,3}(?:,\d{1,2})? ?% tấm(?!\p{L})(?!\p{M})/u;

function isNamedNumber(lower: string, pos: number, money = false): boolean {
  const head = lower.slice(pos, pos + 12);
  if (head.includes('tấm') && BROKEN_GRAIN_GRADE.test(head)) return true;
  if (namesCylinderSize(lower, pos)) return true;
  const low = lower[pos - 1] === ' ' || lower[pos - 1] === '-' || lower[pos - 1] === '–' ? rangeLowStart(lower, Math.max(0, pos - RANGE_LOW_REACH), pos) : -1;
  if (low >= 0 && endsWithPhrase(lower, low, QUALIFIER_BEFORE)) return true;
  // (The high end of a class of loss, "thiệt hại từ 30 - 70%", with its low end.)
  const lowBound = low >= 0 ? endsWithPhrase(lower, low, BOUND_LEADS) : undefined;
  if (lowBound && lower.startsWith('%', pos + (readNumber(lower, pos) ?? '').length) && namesAreaClass(lower, lowBound.start)) return true;
  if (!endsWithPhrase(lower, pos, NAMING_WORDS)) return false;
  const bound = endsWithPhrase(lower, pos, BOUND_LEADS);
  const qualifier = endsWithPhrase(lower, bound ? bound.start : pos, QUALIFIER_BEFORE);
  if (qualifier && !isAllKinds(lower, qualifier)) return true;
  if (bound && CONDITION_BEFORE.test(lower.slice(Math.max(0, bound.start - 32), bound.start))) return true;
  if (bound && bound.phrase !== 'hơn' && bound.phrase !== 'khoảng' && ELIGIBLE_AFTER.test(lower.slice(pos, pos + 48))) return true;
  if (bound && (bound.phrase === 'dưới' || bound.phrase === 'trên') && SANCTIONED_AFTER.test(lower.slice(pos, pos + 40))) return true;
  if (bound && PERCENT_OR_RANGE_TO_PERCENT.test(lower.slice(pos + (readNumber(lower, pos) ?? '').length, pos + 24)) && namesAreaClass(lower, bound.start)) return true;
  if (bound && THRESHOLD_BOUNDS.has(bound.phrase) && CRITERIA_AFTER.test(lower.slice(pos, pos + 24)) &&
    COMMUNES_BEFORE_BAR.test(lower.slice(Math.max(0, bound.start - 24), bound.start))) return true;
  if (bound && bound.phrase !== 'khoảng' && (BAR_PERCENT.test(lower.slice(pos, pos + 40)) || (THRESHOLD_BOUNDS.has(bound.phrase) && BAR_OF_PLAN.test(lower.slice(pos, pos + 40))))) {
    const before = lower.slice(Math.max(0, bound.start - 110), bound.start);
    if (COUNT_CLEARING_BAR.test(before) || ((bound.phrase === 'dưới' || bound.phrase === 'trên') && COUNT_UNDER_BAR.test(before))) return true;
  }
  // (Money is never a name's number: "Bà Rịa - Vũng Tàu 108,7 triệu USD" after "tàu".)
  const name = money ? undefined : endsWithPhrase(lower, pos, NAME_BEFORE);
  if (!name) return false;
  const raw = readNumber(lower, pos) ?? '';
  // "năm 2023", "tháng 7" name a time; "cả năm 31.450ha" does not.
  if (TIME_WORDS.has(name.phrase) && /[.,]/.test(raw)) return false;
  // "đường trục thôn, xóm 48,3 km", "đường ngõ xóm 16,5 km": names are numbered by whole numbers; a decimal with a measure
  // after it says how much (decimal-measure-not-name).
  if (raw.includes(',') && isMeasure(unitWrittenAt(lower, pos + raw.length))) return false;
  // "trong đó điều 151.200 ha, cao su 241.500 ha", "sản lượng điều 228.000 tấn": the cashew crop with its measure; a law's
  // article ("Điều 12 Luật Đất đai") is never followed by one (cashew-measure-not-article).
  if (name.phrase === 'điều' && isMeasure(unitWrittenAt(lower, pos + raw.length))) return false;
  // "trồng mới trong năm 186 ha": under four digits no year is meant, and a measure after it says how much.
  // So does a range to a percent: "(Nghị quyết cả năm 7 - 7,5%)", "kế hoạch năm 8 - 9%".
  if (name.phrase === 'năm' && /^\d{1,3}$/.test(raw) && (isMeasure(unitWrittenAt(lower, pos + raw.length)) ||
    PERCENT_OR_RANGE_TO_PERCENT.test(lower.slice(pos + raw.length, pos + raw.length + 20)))) return false;
  // "trường cấp 3" names a level; "cấp 118.420 thẻ BHYT", "cấp 27 mã số" issue that many; a level is a whole number
  // ("trợ cấp 1,5 triệu đồng/người/tháng" is an allowance).
  if (name.phrase === 'cấp' && (Number(raw.replace(/\./g, '')) > 4 || raw.includes(','))) return false;
  // "Nghị quyết 8,5%/năm", "(Nghị quyết 7,5 - 8%)" state the resolution's target; "Nghị quyết 155", "Đề án 1 triệu
  // ha" name documents.
  // So do points after it: "thấp hơn chỉ tiêu Nghị quyết 1,4 điểm phần trăm" is the gap to the plan, never a document
  // numbered 1,4 (document-points-gap).
  if (DOCUMENT_WORDS.has(name.phrase) && (PERCENT_OR_RANGE_TO_PERCENT.test(lower.slice(pos + raw.length, pos + raw.length + 20)) ||
    unitWrittenAt(lower, pos + raw.length)?.class === 'points')) return false;
  // "tổng số 120 đảng viên", "kỷ luật 19 đảng viên", "cổ phần 385 triệu USD": the word ends a longer noun.
  const longer = NOT_A_NAME_BEFORE[name.phrase];
  if (longer && endsWithPhrase(lower, name.start, longer)) return false;
  return true;
}

function signBefore(lower: string, pos: number): 'up' | 'down' | undefined {
  // "▲ 18,6%", "↓3,2%": infographics and tables mark a rise or a fall with an arrow, as others do with a sign.
  const arrow = arrowBefore(lower, pos);
  if (arrow) return arrow;
  const ch = lower[pos - 1];
  if (ch !== '+' && ch !== '-' && ch !== '−') {
    // "+ 10,70%": a sign set apart by one space.
    if (ch === ' ' && (lower[pos - 2] === '+') && /[\s(,:;]/.test(lower[pos - 3] ?? ' ')) return 'up';
    // "giảm 07 vụ (- 50%)": so is a minus, right inside a bracket (elsewhere "- " opens a list line).
    if (ch === ' ' && (lower[pos - 2] === '-' || lower[pos - 2] === '−') && lower[pos - 3] === '(') return 'down';
    return undefined;
  }
  if (!/[\s(,:;]/.test(lower[pos - 2] ?? ' ')) return undefined;
  return ch === '+' ? 'up' : 'down';
}

function skipGlued(lower: string, p: number): number {
  // Swallow "dd/mm/yyyy", "dd-mm-yyyy", "hh:mm", "x.y.z" tails so their parts are not read as figures.
  for (;;) {
    const sep = lower[p];
    if ((sep === '/' || sep === '-' || sep === ':' || sep === '.') && isDigit(lower[p + 1])) {
      const raw = readNumber(lower, p + 1);
      if (!raw) return p;
      p = p + 1 + raw.length;
      continue;
    }
    return p;
  }
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Merges two sorted lists, dropping from `b` what overlaps `a`. */
function mergeSorted(a: Candidate[], b: Candidate[]): Candidate[] {
  if (!b.length) return a;
  const out: Candidate[] = [];
  let i = 0;
  for (const c of b) {
    while (i < a.length && a[i]!.end <= c.start) out.push(a[i++]!);
    const next = a[i];
    if (!next || next.start >= c.end) out.push(c);
  }
  while (i < a.length) out.push(a[i++]!);
  return out;
}
