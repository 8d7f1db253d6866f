// Numbers, values, periods and dates as people read them: Vietnamese (vi-VN) first, English second.
// Pure functions, no DOM: shared by the popup, the library page and the page's hover card.

import { parsePeriod } from '../compare/period.ts';

export type Lang = 'vi' | 'en';

/** The subset of a figure that formatting needs. */
export interface ValueLike {
  kind?: string;
  value: number;
  of?: number;
  high?: number;
  unit?: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `1400.5` → `1.400,5` (vi) or `1,400.5` (en); at most `maxDigits` decimals, trailing zeros dropped. */
export function formatNumber(n: number, lang: Lang = 'vi', maxDigits = 2): string {
  const key = `${lang}|${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: maxDigits });
    numberFormats.set(key, f);
  }
  // Intl prints "-0" for tiny negatives that round to zero; nobody wants to read that.
  const s = f.format(n);
  return s === '-0' ? '0' : s;
}

/** Money scales as Vietnamese news writes them (tỉ, not "nghìn triệu"); English uses short-scale words. */
const MONEY_SCALES_VI: Array<[number, string]> = [[1e15, 'triệu tỉ'], [1e12, 'nghìn tỉ'], [1e9, 'tỉ'], [1e6, 'triệu']];
const MONEY_SCALES_EN: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

function scaled(value: number, scales: Array<[number, string]>, lang: Lang): { number: string; word?: string } {
  const abs = Math.abs(value);
  for (const [size, word] of scales) {
    // Vietnamese news keeps "1.400 tỉ" rather than "1,4 nghìn tỉ": use nghìn tỉ only from 10.000 tỉ up.
    if (lang === 'vi' && size === 1e12 && abs < 1e13) continue;
    if (abs >= size) return { number: formatNumber(value / size, lang, 2), word };
  }
  return { number: formatNumber(value, lang, 2) };
}

function moneyText(value: number, currency: 'VND' | 'USD', lang: Lang): string {
  const { number, word } = scaled(value, lang === 'vi' ? MONEY_SCALES_VI : MONEY_SCALES_EN, lang);
  if (lang === 'vi') {
    const cur = currency === 'VND' ? 'đồng' : 'USD';
    return word ? `${number} ${word} ${cur}` : `${number} ${cur}`;
  }
  return word ? `${number} ${word} ${currency}` : `${number} ${currency}`;
}

/** A unit after a number: `%` sticks to it, everything else takes a space. */
export function withUnit(number: string, unit: string | undefined, lang: Lang = 'vi'): string {
  if (!unit) return number;
  if (unit === '%') return `${number}%`;
  if (unit === 'điểm %') return lang === 'vi' ? `${number} điểm %` : `${number} percentage points`;
  if (unit === 'VND') return lang === 'vi' ? `${number} đồng` : `${number} VND`;
  return `${number} ${unit}`;
}

/** One amount in a unit: money gets its scale word, percentages stick, counted nouns follow. */
export function formatAmount(value: number, unit: string | undefined, lang: Lang = 'vi'): string {
  if (unit === 'VND' || unit === 'USD') return moneyText(value, unit, lang);
  if (unit?.startsWith('VND/')) {
    // Per-unit money (income per head): "72 triệu đồng/người/năm".
    const rest = unit.slice(3);
    return `${moneyText(value, 'VND', lang)}${rest}`;
  }
  return withUnit(formatNumber(value, lang, 2), unit, lang);
}

/** The value of a figure in words: `1.400 tỉ đồng`, `0,69%`, `34/43 chỉ tiêu`, `8–9%`. */
export function formatValue(f: ValueLike, lang: Lang = 'vi'): string {
  if (f.kind === 'ratio' && f.of !== undefined) {
    return withUnit(`${formatNumber(f.value, lang)}/${formatNumber(f.of, lang)}`, f.unit, lang);
  }
  if (f.high !== undefined) {
    if (f.unit === 'VND' || f.unit === 'USD') return `${formatAmount(f.value, f.unit, lang)} – ${formatAmount(f.high, f.unit, lang)}`;
    return withUnit(`${formatNumber(f.value, lang)}–${formatNumber(f.high, lang)}`, f.unit, lang);
  }
  return formatAmount(f.value, f.unit, lang);
}

/** 0.69 → "0,69%" (vi) / "0.69%" (en). */
export function formatPercent(n: number, lang: Lang = 'vi', maxDigits = 2): string {
  return `${formatNumber(n, lang, maxDigits)}%`;
}

/** A difference of two percentages: "0,5 điểm %" / "0.5 percentage points" (always unsigned; the verb carries the sign). */
export function formatPoints(n: number, lang: Lang = 'vi'): string {
  const s = formatNumber(Math.abs(n), lang, 2);
  return lang === 'vi' ? `${s} điểm %` : `${s} percentage point${s === '1' ? '' : 's'}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Periods as the spec writes them (`2023`, `2023-H1`, `2023-Q1`, `2023-9M`, `2023-M07`, `2020/2025`) in words. */
export function formatPeriod(period: string | undefined, lang: Lang = 'vi'): string {
  if (!period) return lang === 'vi' ? 'không rõ kỳ' : 'period unknown';
  const p = parsePeriod(period);
  if (!p) return period;
  const vi = lang === 'vi';
  const { year } = p;
  switch (p.grain) {
    case 'term': {
      const from = Math.floor(p.start / 12);
      return vi ? `giai đoạn ${from}–${year}` : `${from}–${year}`;
    }
    case 'year':
      return vi ? `năm ${year}` : String(year);
    case 'half':
      if (p.part === 'H1') return vi ? `6 tháng đầu năm ${year}` : `first half of ${year}`;
      return vi ? `6 tháng cuối năm ${year}` : `second half of ${year}`;
    case 'quarter': {
      const q = Number(p.part[1]);
      return vi ? `quý ${ROMAN[q - 1]}/${year}` : `Q${q} ${year}`;
    }
    case 'month': {
      const month = Number(p.part.slice(1));
      return vi ? `tháng ${month}/${year}` : `${MONTHS_EN[month - 1] ?? p.part} ${year}`;
    }
    case 'to-date': {
      const months = Number(p.part.slice(0, -1));
      return vi ? `${months} tháng năm ${year}` : `first ${months} months of ${year}`;
    }
  }
}

/** `2023-07-05` → `5/7/2023` (vi) or `5 Jul 2023` (en). Anything else is returned unchanged. */
export function formatDate(date: string | undefined, lang: Lang = 'vi'): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (lang === 'vi') return `${Number(d)}/${Number(mo)}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(mo) - 1]!.slice(0, 3)} ${y}`;
}
