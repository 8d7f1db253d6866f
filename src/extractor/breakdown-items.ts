// "Trong các vụ tai nạn, huyện Hòa Vang xảy ra 3 vụ, làm chết 2 người; quận Liên Chiểu 2 vụ, làm chết 1 người; quận Sơn
// Trà 1 vụ. Ngoài ra, xảy ra 14 vụ va chạm …": a sentence that runs through places, one ";" item each, breaks a whole
// down. Each place owns its own item; none of them is what the next sentence speaks of (the whole is).
import type { Segments } from './segments.ts';
import { segmentIndex } from './segments.ts';

interface Place { start: number; level: string; clauseOnly?: boolean; listed?: boolean }

// The words an item may open with before its place: nothing, or (the first item) an introduction set off by a comma.
const ITEM_HEAD = /^[\s\-–•+]*(?:(?:trong đó|cụ thể|trong các [^,;.]{1,30}|riêng)\s*[,:]?\s*)?$/u;
const MIN_ITEMS = 2;

/** Marks as owning their clause only the places that each open a ";" item of one sentence, two or more of a rank
 * (huyện, quận and thị xã are items of one city's breakdown alike). */
export function markBreakdownItems(placed: Place[], lower: string, segments: Segments, rankOf: (level: string) => number): void {
  const { sentenceStarts, clauseStarts } = segments;
  let i = 0;
  while (i < placed.length) {
    const sentence = segmentIndex(sentenceStarts, placed[i]!.start);
    let j = i;
    while (j < placed.length && segmentIndex(sentenceStarts, placed[j]!.start) === sentence) j++;
    if (j - i >= MIN_ITEMS && lower.slice(sentenceStarts[sentence], sentenceStarts[sentence + 1] ?? lower.length).includes(';')) {
      const openers = openingPlaces(placed.slice(i, j), lower, clauseStarts);
      const byRank = new Map<number, Place[]>();
      for (const p of openers) byRank.set(rankOf(p.level), [...(byRank.get(rankOf(p.level)) ?? []), p]);
      for (const items of byRank.values()) if (items.length >= MIN_ITEMS) for (const p of items) p.clauseOnly = true;
    }
    i = j;
  }
}

/** The first place of each ";" clause, when only an item's opening words stand before it. */
function openingPlaces(places: Place[], lower: string, clauseStarts: readonly number[]): Place[] {
  const out: Place[] = [];
  let lastClause = -1;
  for (const p of places) {
    if (p.listed) continue;
    const clause = segmentIndex(clauseStarts, p.start);
    if (clause === lastClause) continue;
    lastClause = clause;
    if (ITEM_HEAD.test(lower.slice(clauseStarts[clause], p.start))) out.push(p);
  }
  return out;
}
