// "Xét theo ngành hoạt động, doanh thu bán lẻ hàng hóa chiếm tỷ trọng cao nhất, ước đạt hơn 12.239 tỷ đồng (chiếm gần
// 60%, tăng 8,2% …); doanh thu lưu trú, ăn uống … (chiếm gần 22%, …)": a measure the lexicon names, as the subject of
// "chiếm tỷ trọng", holds the share; the words say nothing of the economy's structure (subject-holds-share).
import type { IndicatorMention } from './lexicon/match-indicators.ts';

const HOLDS = 'chiếm ';
// (How far back from "chiếm" the subject's name may end: its own space.)
const SUBJECT_GAP = 1;

/** Whether the structure word at `at` ("tỷ trọng") is held by a measure named right before "chiếm". `mentions` in
 *  text order. */
export function isShareHeldBySubject(lower: string, at: number, mentions: readonly IndicatorMention[]): boolean {
  const holdsAt = at - HOLDS.length;
  if (holdsAt < 0 || !lower.startsWith(HOLDS, holdsAt)) return false;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > holdsAt) continue;
    return m.end >= holdsAt - SUBJECT_GAP && !m.weak && m.id !== 'sector_share';
  }
  return false;
}
