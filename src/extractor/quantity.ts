// A quantity is a printed number with its scale words and unit: "1.400 tỉ đồng", "34", "0,69%", "115 nghìn 788 người",
// "72 triệu đồng/người/năm". Ratios, ranges and plan-slash pairs are built from two quantities by the scanner.
import { averagedPer } from './average-per-day-or-month.ts';
import { opensVerb } from './noun-opening-verb.ts';
import { add, readDottedPair, readLiteral, scale, toNumber, type Decimal } from './number-literal.ts';
import { PhraseTable, skipSpaces } from './vocabulary/phrase-table.ts';
import { downloadsOfApp } from './app-downloads.ts';
import { COUNTER_NOUNS, INDEX_PARTS, NOT_COUNTED_IN_TURNS, PER_DENOMINATORS, PIECES_AT_SCALE, PRICE_INDEX_TAIL, RESPECTIVELY_TAIL, SCALES, TURNS, UNIT_ENTRIES, type UnitInfo } from './vocabulary/units.ts';
import { isLetter } from './vocabulary/letters.ts';
import { viewsCountedBefore } from './views-counted-in-times.ts';

const UNITS = new PhraseTable(UNIT_ENTRIES);
const SCALE_WORDS = new PhraseTable(SCALES);
const DOWNLOADS = 'lượt tải';
const COUNTERS = new PhraseTable(COUNTER_NOUNS.map((c) => [c, true] as const));
const PER = new PhraseTable(PER_DENOMINATORS);
const PER_PEOPLE = /^ ?(?:trên|\/) ?(?:1 |một )?(vạn dân|1\.000 dân|10\.000 dân|100\.000 dân|nghìn dân|ngàn dân)/;

export interface Quantity {
  start: number;
  /** End of the digits (before scale words and unit). */
  numberEnd: number;
  /** End of the whole quantity, unit included. */
  end: number;
  value: Decimal;
  /** Power of ten given by scale words (tỷ = 9). */
  power: number;
  decimals: number;
  unit?: UnitInfo;
  /** A read/like/share counter ("1.234 lượt xem"): never a figure. */
  counter?: boolean;
  /** "3.4" read as a decimal: a figure only with a unit that is not a count. */
  dotted?: boolean;
}

/** The digit run at `pos` with its "." and "," digit groups ("1.400", "0,69", "5.357.046"), or undefined. */
export function readNumber(lower: string, pos: number): string | undefined {
  const end = numberEnd(lower, pos);
  return end > pos ? lower.slice(pos, end) : undefined;
}

/** Where the number starting at `pos` ends; `pos` itself when no digit is there. Read by hand: it runs at every
 * digit run of the text, and a regex exec would build a match array each time. */
export function numberEnd(lower: string, pos: number): number {
  const n = lower.length;
  let k = pos;
  while (k < n && isDigitCode(lower.charCodeAt(k))) k++;
  if (k === pos) return pos;
  for (;;) {
    const sep = lower.charCodeAt(k);
    if ((sep !== 46 && sep !== 44) || !isDigitCode(lower.charCodeAt(k + 1))) return k;
    k += 2;
    while (k < n && isDigitCode(lower.charCodeAt(k))) k++;
  }
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reads the quantity whose digits start at `pos`; undefined when the digits are not a well-formed number. */
export function readQuantity(lower: string, pos: number): Quantity | undefined {
  const raw = readNumber(lower, pos);
  if (!raw) return undefined;
  let reading = readLiteral(raw);
  let dotted = false;
  if (!reading.ok && reading.reason === 'dotted-pair') {
    reading = readDottedPair(raw);
    dotted = true;
  }
  if (!reading.ok) return undefined;
  const numberEnd = pos + raw.length;
  // "4,%" and "4.%": a separator with nothing after it.
  if ((lower[numberEnd] === ',' || lower[numberEnd] === '.') && lower[numberEnd + 1] === '%') return undefined;

  let value = reading.value;
  let power = 0;
  let p = numberEnd;
  p = readScales(lower, p, (pw) => (power += pw));
  if (power > 0) {
    // "115 nghìn 788 người", "2 tỷ 500 triệu đồng": a smaller part after the scale word.
    const rest = readSmallerPart(lower, p, power);
    if (rest) {
      value = add(scale(value, power), rest.value);
      power = 0;
      p = rest.end;
    }
  }
  const q: Quantity = { start: pos, numberEnd, end: p, value: scale(value, 0), power, decimals: reading.decimals, dotted };
  const unitAt = skipSpaces(lower, p);
  const counter = COUNTERS.matchAt(lower, unitAt);
  if (counter) {
    // "Ứng dụng … đã có 412.000 lượt tải": an app's downloads are counted like any other thing.
    if (lower.startsWith(DOWNLOADS, unitAt) && downloadsOfApp(lower, pos)) return { ...q, unit: { unit: DOWNLOADS, class: 'count' }, end: unitAt + DOWNLOADS.length };
    return { ...q, counter: true };
  }
  const unit = UNITS.matchAt(lower, unitAt);
  // "đường 30/4 giải ngân 96 tỷ đồng": a verb opened by a counted noun is no unit (noun-opening-verb).
  if (unit && unit.end === unitAt + unit.value.unit.length && opensVerb(lower, unit.value.unit, unit.end)) return q;
  // "Xếp vị trí thứ 4 và 5 lần lượt là Phú Thọ và Đồng Nai": "lần lượt" (respectively) is no multiple.
  if (unit && unit.value.class === 'times' && lower.startsWith(RESPECTIVELY_TAIL, unit.end) && !isLetter(lower[unit.end + RESPECTIVELY_TAIL.length])) return q;
  if (unit && unit.value.class === 'times' && viewsCountedBefore(lower, pos)) return { ...q, counter: true };
  if (unit && unit.value.unit === INDEX_PARTS && lower.startsWith(PRICE_INDEX_TAIL, unit.end)) return q;
  if (unit && !(power === 0 && PIECES_AT_SCALE.has(unit.value.unit))) {
    q.unit = unit.value;
    q.end = unit.end;
    readTurnsOf(lower, q);
    if (!readDistanceProduct(lower, q)) readPer(lower, q);
  }
  return q;
}

// "1.186,5 triệu tấn.km", "352,4 triệu lượt khách.km": transport work, the load times the distance it was carried, is a
// measure of its own (neither the tonnes nor the passengers), printed with a dot.
const DISTANCE_PRODUCT = /^\.km(?![\p{L}\p{M}\d])/u;

function readDistanceProduct(lower: string, q: Quantity): boolean {
  if (lower[q.end] !== '.' || !q.unit || (q.unit.class !== 'physical' && q.unit.class !== 'count')) return false;
  if (!DISTANCE_PRODUCT.test(lower.slice(q.end, q.end + 4))) return false;
  q.unit = { unit: `${q.unit.unit}.km`, class: 'physical' };
  q.end += 3;
  return true;
}

// "kiểm tra 1.236 lượt tàu cá": a bare "lượt" and the counted noun right after it are one unit, as written.
function readTurnsOf(lower: string, q: Quantity): void {
  if (q.unit?.unit !== TURNS || lower[q.end] !== ' ') return;
  const noun = UNITS.matchAt(lower, q.end + 1);
  if (!noun || noun.value.class !== 'count' || noun.value.unit.startsWith(TURNS) || NOT_COUNTED_IN_TURNS.includes(noun.value.unit)) return;
  q.unit = { unit: `${TURNS} ${noun.value.unit}`, class: 'count' };
  q.end = noun.end;
}

/** The unit written at `pos` (after spaces), if any: "xã" in "16/16 (100%) xã". */
export function unitWrittenAt(lower: string, pos: number): UnitInfo | undefined {
  return UNITS.matchAt(lower, skipSpaces(lower, pos))?.value;
}

export function quantityValue(q: Quantity): number {
  return toNumber(scale(q.value, q.power));
}

function readScales(lower: string, p: number, onScale: (power: number) => void): number {
  for (;;) {
    const at = skipSpaces(lower, p);
    const hit = SCALE_WORDS.matchAt(lower, at);
    if (!hit) return p;
    onScale(hit.value);
    p = hit.end;
  }
}

function readSmallerPart(lower: string, p: number, power: number): { value: Decimal; end: number } | undefined {
  const at = skipSpaces(lower, p);
  if (at === p) return undefined;
  const raw = readNumber(lower, at);
  if (!raw || raw.includes(',')) return undefined;
  const reading = readLiteral(raw);
  if (!reading.ok) return undefined;
  let smaller = 0;
  const end = readScales(lower, at + raw.length, (pw) => (smaller += pw));
  if (smaller >= power) return undefined;
  const part = scale(reading.value, smaller);
  if (toNumber(part) >= 10 ** power) return undefined;
  // Only when a unit or a smaller scale follows; "2 tỷ 5" alone is too ambiguous.
  if (smaller === 0 && !UNITS.matchAt(lower, skipSpaces(lower, end))) return undefined;
  return { value: part, end };
}

const PER_DAY = /^ mỗi (ngày(?: đêm)?)(?!\p{L})(?!\p{M})/u;
// "cung ứng cho các chợ đầu mối mỗi ngày khoảng 1.200 tấn rau", "thu gom mỗi ngày trên 950 tấn rác": written before
// the amount, with at most a bound word between (per-day-before-amount).
const PER_DAY_BEFORE = /(?<![\p{L}\p{M}])mỗi (ngày(?: đêm)?) (?:(?:khoảng|trên|hơn|gần|xấp xỉ|chừng|từ) )?$/u;
const PER_DAY_BEFORE_REACH = 24;
// "công suất 520.000 tấn thành phẩm/năm", "1.200 m3 nước/ngày đêm": what is measured named between the unit and the
// time it is measured over; the rate is the unit's per that time.
const NAMED_THEN_PER_TIME = /^ (?:[\p{L}\p{M}]+ )?[\p{L}\p{M}]+\/(năm|ngày đêm|ngày|tháng|giờ)(?!\p{L})(?!\p{M})/u;

// "113,8 bé trai/100 bé gái", "… trên 100 bé gái": the sex ratio at birth counts boys per hundred girls (a rate per a
// number of people, normalised as "trên 1 vạn dân" is).
const PER_HUNDRED = /^(?:\/ ?| trên )100 (bé gái|trẻ gái)(?!\p{L})(?!\p{M})/u;

function readPer(lower: string, q: Quantity): void {
  if (!q.unit || q.unit.class === 'percent' || q.unit.class === 'points' || q.unit.class === 'times') return;
  const hundred = q.unit.unit === 'bé trai' ? PER_HUNDRED.exec(lower.slice(q.end, q.end + 20)) : null;
  if (hundred) {
    q.unit = { ...q.unit, unit: `${q.unit.unit}/trăm ${hundred[1]}` };
    q.end += hundred[0].length;
    return;
  }
  if (lower[q.end] === '/') {
    // "14 tiêu chí/1 xã": a denominator of one, written out, is the unit per that (per-one-written).
    const perOne = lower.startsWith('1 ', q.end + 1) ? PER.matchAt(lower, q.end + 3) : undefined;
    const per = perOne ?? PER.matchAt(lower, q.end + 1);
    if (per && (perOne !== undefined || !/^\d/.test(lower.slice(q.end + 1, q.end + 2)))) {
      q.unit = { ...q.unit, unit: `${q.unit.unit}/${per.value}` };
      q.end = per.end;
      if (lower[q.end] === '/') {
        const again = PER.matchAt(lower, q.end + 1);
        if (again) {
          q.unit = { ...q.unit, unit: `${q.unit.unit}/${again.value}` };
          q.end = again.end;
        }
      }
      return;
    }
  }
  const named = q.unit.class === 'physical' && lower[q.end] === ' ' ? NAMED_THEN_PER_TIME.exec(lower.slice(q.end, q.end + 40)) : null;
  if (named) {
    q.unit = { ...q.unit, unit: `${q.unit.unit}/${named[1]}` };
    q.end += named[0].length;
    return;
  }
  // "phát sinh khoảng 1.120 tấn mỗi ngày": an amount per day written out, as "tấn/ngày" is.
  const perDay = q.unit.class === 'physical' && lower.startsWith(' mỗi ngày', q.end) ? PER_DAY.exec(lower.slice(q.end, q.end + 16)) : null;
  if (perDay) {
    q.unit = { ...q.unit, unit: `${q.unit.unit}/${perDay[1]}` };
    q.end += perDay[0].length;
    return;
  }
  const dayBefore = q.unit.class === 'physical' ? PER_DAY_BEFORE.exec(lower.slice(Math.max(0, q.start - PER_DAY_BEFORE_REACH), q.start)) : null;
  if (dayBefore) {
    q.unit = { ...q.unit, unit: `${q.unit.unit}/${dayBefore[1]}` };
    return;
  }
  // "bình quân mỗi ngày trên 180 tỷ đồng", "bình quân mỗi tháng hơn 4.400 lao động" (average-per-day-or-month).
  const averaged = averagedPer(lower, q.start);
  if (averaged) {
    q.unit = { ...q.unit, unit: `${q.unit.unit}/${averaged}` };
    return;
  }
  // PER_PEOPLE opens with "trên" or "/" after at most one space: the window is cut out only then.
  const opener = lower[q.end] === ' ' ? lower[q.end + 1] : lower[q.end];
  const people = opener === 't' || opener === '/' ? PER_PEOPLE.exec(lower.slice(q.end, q.end + 24)) : null;
  if (people) {
    const denom = people[1] === 'vạn dân' || people[1] === '10.000 dân' ? 'vạn dân' : people[1]!.replace(/nghìn dân|ngàn dân/, '1.000 dân');
    q.unit = { ...q.unit, unit: `${q.unit.unit}/${denom}` };
    q.end += people[0].length;
  }
}

/** The unit (and scale) a phrase names when the whole phrase is one: "triệu USD", "lượt khách", not "Kim ngạch"
 *  ("Kim ngạch (triệu USD)" columns, "(lượt khách; …)" headings, list brackets). Read as if after a number. */
export function unitOfPhrase(phrase: string): Quantity | undefined {
  const q = readQuantity(`1 ${phrase}`, 0);
  return q?.unit && !q.counter && q.end === phrase.length + 2 ? q : undefined;
}
