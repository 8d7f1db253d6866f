// Numbers as Vietnamese papers print them: "." groups thousands and "," marks decimals (1.400 · 0,69 · 2.952,5).
// A value is kept as an integer of digits and a power of ten so scaling (× 10^9 for "tỷ") stays exact.

export interface Decimal {
  digits: bigint | number;
  /** value = digits × 10^exp */
  exp: number;
}

export type LiteralReading =
  | { ok: true; value: Decimal; /** digits after the decimal mark, for rounding tolerance */ decimals: number }
  | { ok: false; reason: 'malformed' | 'dotted-pair' | 'version' | 'phone' };

/** Reads a run like "1.400", "0,69", "5.357.046", "2.952,5", "03". */
export function readLiteral(raw: string): LiteralReading {
  return readGrouped(raw) ?? readAnyLiteral(raw);
}

/** The general reader, for every run: what readGrouped answers in one pass for the common shapes (and the oracle it
 * is tested against). */
export function readAnyLiteral(raw: string): LiteralReading {
  // No printed figure has more than about twenty digits; longer runs are codes or noise (and BigInt is quadratic).
  if (raw.length > 24) return { ok: false, reason: 'malformed' };
  // Most runs are bare digits ("2023", "15"): read them without splitting.
  if (isDigits(raw)) {
    if (raw.length >= 9 && raw.charCodeAt(0) === 48) return { ok: false, reason: 'phone' };
    return { ok: true, value: { digits: toDigits(raw), exp: 0 }, decimals: 0 };
  }
  const commaParts = raw.split(',');
  if (commaParts.length > 2) {
    // "1,234,567": English thousands; anything else with several commas is not one number.
    if (commaParts.slice(1).every((g) => g.length === 3) && !raw.includes('.')) return integer(commaParts.join(''));
    return { ok: false, reason: 'malformed' };
  }
  const [intPart = '', frac] = commaParts as [string, string | undefined];
  const groups = intPart.split('.');
  let intDigits: string;
  if (groups.length === 1) {
    intDigits = intPart;
    if (intDigits.length >= 9 && intDigits.startsWith('0')) return { ok: false, reason: 'phone' };
  } else {
    const [head = '', ...rest] = groups;
    if (head.length >= 1 && head.length <= 3 && rest.every((g) => g.length === 3)) {
      intDigits = groups.join('');
    } else if (groups.length === 2 && frac === undefined && (rest[0]?.length ?? 0) <= 2) {
      // "17.4" is a date or an English decimal; the caller decides with the unit.
      return { ok: false, reason: 'dotted-pair' };
    } else {
      return { ok: false, reason: groups.length > 2 ? 'version' : 'malformed' };
    }
  }
  if (frac === undefined) return integer(intDigits);
  if (frac.length === 0 || intDigits.length === 0 || !/^\d+$/.test(frac)) return { ok: false, reason: 'malformed' };
  return { ok: true, value: { digits: toDigits(intDigits + frac), exp: -frac.length }, decimals: frac.length };
}

/** "3.4" read as an English decimal, when a unit makes clear it is a figure and not a date. */
export function readDottedPair(raw: string): LiteralReading {
  const [a = '', b = ''] = raw.split('.');
  return { ok: true, value: { digits: toDigits(a + b), exp: -b.length }, decimals: b.length };
}

/**
 * The well-formed Vietnamese shapes ("1.400", "5.357.046", "0,69", "2.952,5") read in one pass over the code units,
 * without the splits and joins below; undefined for anything else, which the general reader then decides. Gives what
 * the general reader gives for these shapes.
 */
function readGrouped(raw: string): LiteralReading | undefined {
  if (raw.length > 24) return undefined;
  let digits = 0;
  let count = 0;
  let group = 0;
  let dots = 0;
  let comma = -1;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      count++;
      group++;
    } else if (c === 46 && comma < 0) {
      // A thousands group: the head has one to three digits, every later group three.
      if (dots === 0 ? group < 1 || group > 3 : group !== 3) return undefined;
      dots++;
      group = 0;
    } else if (c === 44 && comma < 0) {
      if (group === 0 || (dots > 0 && group !== 3)) return undefined;
      comma = k;
      group = 0;
    } else {
      return undefined;
    }
  }
  if (group === 0 || count > 15) return undefined;
  if (comma < 0) {
    // Bare digits are left to the general reader (a phone number); grouped ones end with three digits.
    if (dots === 0 || group !== 3) return undefined;
    return { ok: true, value: { digits, exp: 0 }, decimals: 0 };
  }
  // "012345678,5": a long run with a leading zero is the general reader's (a phone number).
  if (dots === 0 && comma >= 9 && raw.charCodeAt(0) === 48) return undefined;
  return { ok: true, value: { digits, exp: -group }, decimals: group };
}

function integer(digits: string): LiteralReading {
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'malformed' };
  return { ok: true, value: { digits: toDigits(digits), exp: 0 }, decimals: 0 };
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function toDigits(s: string): bigint | number {
  return s.length > 15 ? BigInt(s) : Number(s);
}

export function scale(d: Decimal, power: number): Decimal {
  return { digits: d.digits, exp: d.exp + power };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const exp = Math.min(a.exp, b.exp);
  const lift = (d: Decimal) => BigInt(d.digits) * 10n ** BigInt(d.exp - exp);
  return { digits: lift(a) + lift(b), exp };
}

// Powers of ten that a double holds exactly: an exact integer times or over one of them rounds once, to the same
// double as parsing the decimal string would give.
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

export function toNumber(d: Decimal): number {
  if (typeof d.digits === 'bigint') return Number(`${d.digits}e${d.exp}`);
  if (Number.isSafeInteger(d.digits)) {
    if (d.exp === 0) return d.digits;
    if (d.exp > 0 && d.exp <= 22) return d.digits * EXACT_POWERS[d.exp]!;
    if (d.exp < 0 && d.exp >= -22) return d.digits / EXACT_POWERS[-d.exp]!;
  }
  // Through a decimal string so 640706 × 10^6 and 69 × 10^-2 come out exactly as printed.
  return Number(`${d.digits}e${d.exp}`);
}
