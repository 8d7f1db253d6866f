// Amounts whose number is written in words before a scale word: "gần một triệu lượt khách", "hơn hai nghìn tỷ đồng",
// "ba triệu tấn". The scale and unit after the words are read as after digits; a number word with a scale but no unit
// ("một tỷ lệ" has no unit) is passed over.
import { candidate } from './candidate.ts';
import { readQuantity, quantityValue } from './quantity.ts';
import type { Candidate } from './scan-figures.ts';
import { isLetterCode } from './vocabulary/letters.ts';
import { phraseOffsets } from './vocabulary/rare-anchor.ts';

// Found by literal searches from each word's rarest letter: as a regex alternation opening on "t" or "n" the scale
// words were tried at every other position of the text.
const SCALE = ['triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn'];
const WINDOW = 24;

/** Amounts spelled before a scale word; `numberBefore` reads the number words that end a window ("hai mươi "). */
export function findSpelledAmounts(lower: string, numberBefore: (window: string) => { words: string; value: number } | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const at of phraseOffsets(lower, SCALE)) {
    const scale = SCALE.find((word) => lower.startsWith(word, at))!;
    if (isLetterCode(lower.charCodeAt(at - 1)) || isLetterCode(lower.charCodeAt(at + scale.length))) continue;
    // Nearly every scale word follows digits ("1.400 tỷ"); number words end in a letter and a space.
    if (lower.charCodeAt(at - 1) !== 0x20 || !isLetterCode(lower.charCodeAt(at - 2))) continue;
    const spelled = numberBefore(lower.slice(Math.max(0, at - WINDOW), at));
    if (!spelled) continue;
    // "năm" is far more often "year" than "five": "năm nghìn" stays unread.
    if (spelled.words === 'năm') continue;
    // The scale, unit and all, read as if a 1 stood in place of the words.
    const q = readQuantity(`1 ${lower.slice(at, at + 60)}`, 0);
    if (!q?.unit || q.counter || q.power === 0) continue;
    // "hỗ trợ mỗi hộ hai triệu đồng", "mỗi suất quà một triệu đồng": money spelled in millions is what one receives;
    // totals run to billions.
    const value = spelled.value * quantityValue(q);
    if (q.unit.unit.startsWith('VND') && q.power < 9) continue;
    const start = at - spelled.words.length - 1;
    out.push(candidate({ start, end: at + q.end - 2, numberStart: start, value, unit: q.unit, decimals: 0 }));
  }
  return out;
}
