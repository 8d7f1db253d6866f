// "riêng năm 2024 đạt 57.200 tỷ đồng, lần đầu tiên vượt mốc 50.000 tỷ đồng", "… đạt 101,9 tỷ USD. Đây là lần đầu tiên
// một nhóm hàng vượt mốc 100 tỷ USD": a round threshold the figure just given has passed restates that figure; it is
// no figure of its own. A milestone with no such figure before it ("quy mô kinh tế vượt mốc 200 nghìn tỷ đồng") is
// the only statement of the result and stays one.
import type { Candidate } from './scan-figures.ts';
import { segmentIndex, type Segments } from './segments.ts';

// The word right before the number: "vượt mốc", "cán mốc", "chạm ngưỡng", "dấu mốc", "mốc" alone.
const MILESTONE_WORDS = ['mốc ', 'ngưỡng '];

function isMilestoneWord(lower: string, pos: number): boolean {
  return MILESTONE_WORDS.some((w) => lower.endsWith(w, pos));
}

// "Hải Phòng dẫn đầu mục tiêu tăng trưởng (13-13,5%), … Hà Nội, TP Hồ Chí Minh đồng loạt phấn đấu đạt ngưỡng 10%": a
// threshold aimed at is a target of its own, not a figure passed (aimed-threshold).
const AIM_BEFORE = /(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu|hướng tới|nhằm)(?!\p{L})(?!\p{M})[^.;!?]{0,40}$/u;
const AIM_REACH = 64;

/** The candidates without the milestones that restate a figure of their sentence or the sentence before. */
export function withoutRestatedMilestones(lower: string, candidates: Candidate[], segments: Segments): Candidate[] {
  let dropped: Set<Candidate> | undefined;
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (!isMilestoneWord(lower, c.numberStart) || AIM_BEFORE.test(lower.slice(Math.max(0, c.numberStart - AIM_REACH), c.numberStart))) continue;
    const s = segmentIndex(segments.sentenceStarts, c.numberStart);
    const from = segments.sentenceStarts[Math.max(0, s - 1)]!;
    const paragraph = segments.paragraphStarts[segmentIndex(segments.paragraphStarts, c.numberStart)]!;
    for (let j = i - 1; j >= 0; j--) {
      const p = candidates[j]!;
      if (p.numberStart < Math.max(from, paragraph)) break;
      if (p.unit.unit === c.unit.unit && p.of === undefined && (p.high ?? p.value) >= c.value) {
        (dropped ??= new Set()).add(c);
        break;
      }
    }
  }
  return dropped ? candidates.filter((c) => !dropped!.has(c)) : candidates;
}
