// Amounts whose number is written in words before a scale word: "gần một triệu lượt khách", "hơn hai nghìn tỷ đồng",
// "ba triệu tấn". The scale and unit after the words are read as after digits; a number word with a scale but no unit
// ("một tỷ lệ" has no unit) is passed over.
import { candidate } from './candidate.ts';
import { readQuantity, quantityValue } from './quantity.ts';
import type { Candidate } from './scan-figures.ts';
import { wordMatches } from './vocabulary/word-boundary.ts';

const SCALE = /(?:triệu|tỷ|tỉ|nghìn|ngàn)/gu;
const WINDOW = 24;

/** Amounts spelled before a scale word; `numberBefore` reads the number words that end a window ("hai mươi "). */
export function findSpelledAmounts(lower: string, numberBefore: (window: string) => { words: string; value: number } | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const m of wordMatches(lower, SCALE)) {
    const spelled = numberBefore(lower.slice(Math.max(0, m.index - WINDOW), m.index));
    if (!spelled) continue;
    // "năm" is far more often "year" than "five": "năm nghìn" stays unread.
    if (spelled.words === 'năm') continue;
    // The scale, unit and all, read as if a 1 stood in place of the words.
    const q = readQuantity(`1 ${lower.slice(m.index, m.index + 60)}`, 0);
    if (!q?.unit || q.counter || q.power === 0) continue;
    // "hỗ trợ mỗi hộ hai triệu đồng", "mỗi suất quà một triệu đồng": money spelled in millions is what one receives;
    // totals run to billions.
    const value = spelled.value * quantityValue(q);
    if (q.unit.unit.startsWith('VND') && q.power < 9) continue;
    const start = m.index - spelled.words.length - 1;
    out.push(candidate({ start, end: m.index + q.end - 2, numberStart: start, value, unit: q.unit, decimals: 0 }));
  }
  return out;
}
