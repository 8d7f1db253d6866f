// A congress that opens a term, or its resolution, setting the term's targets in running prose: "Đại hội … nhiệm kỳ
// 2025 - 2030 đã thông qua Nghị quyết, nhất trí mục tiêu … Tỷ trọng kinh tế số đạt tối thiểu 20% GRDP. Tổng vốn đầu tư
// toàn xã hội trên 75.000 tỷ đồng". Papers list the targets after such a sentence without repeating "phấn đấu" or the
// term, often in the next paragraph ("Đại hội xác định giai đoạn 2025 - 2030, …" then "Quy mô GRDP … 589.730 tỷ
// đồng"). Those figures are the new term's targets, not results of the year the article appeared in. The stretch runs
// from the sentence to the end of its paragraph and on over the next ones until a paragraph looks back on results.
import type { PeriodMention } from './periods.ts';
import { isShortParagraph, segmentBounds, segmentIndex, type Segments } from './segments.ts';
import { firstAtOrAfter } from './sorted.ts';
import type { TermSection } from './term-sections.ts';
import { NAMES_TARGETS, TARGET_SETTING_VERBS } from './vocabulary/cues.ts';
import { wholeWordStarts } from './vocabulary/word-boundary.ts';
import { wordStartTest } from './vocabulary/word-start.ts';

const WORD_END = '(?!\\p{L})(?!\\p{M})';
const WORD_START = '(?<![\\p{L}\\p{M}])';
// What a congress or a resolution does with targets (TARGET_SETTING_VERBS) is found as whole words by literal searches
// from each verb's rarest letter: as a regex alternation opening on "t", "n" or "đ" it was tried at nearly every position
// after the term (~8× the time over a whole article).
// A sentence or paragraph that reviews what was done: "đánh giá kết quả đạt được trong nhiệm kỳ 2020 - 2025", "Nhiệm kỳ
// qua, …", "đã tổ chức đào tạo nghề cho 932 người" (a congress "đã thông qua" its targets is no review).
// "kết nạp được 143 đảng viên vượt chỉ tiêu Nghị quyết đề ra": a target passed is a result ("phấn đấu vượt" aims).
// "trong 22 chỉ tiêu mà Nghị quyết Đại hội XIX đề ra, có 18 chỉ tiêu đạt và vượt, 4 chỉ tiêu không đạt": a verdict on
// targets judges the term just run ("phấn đấu đạt và vượt" still aims); so does a "báo cáo tổng kết".
// ("Nhiều chỉ tiêu phát triển kinh tế đạt và vượt so với kế hoạch đề ra: …" after "tổ chức thành công Đại hội … nhiệm kỳ
// 2025 – 2030": results measured against the plan, whatever the congress just held.)
const LOOKS_BACK = wordStartTest(new RegExp(`${WORD_START}(?:kết quả|đạt được|nhiệm kỳ (?:vừa )?qua|nhiệm kỳ trước|đánh giá|tổng kết|hiện nay|đến nay|đã(?! (?:thông qua|đề ra|xác định|nhất trí|quán triệt|đặt))|vừa qua|(?<!(?:phấn đấu|quyết tâm|cố gắng) )vượt (?:xa |cao )?(?:so với )?(?:các |nhiều )?(?:chỉ tiêu|mục tiêu|kế hoạch)|chỉ tiêu (?:chủ yếu )?(?:(?:đạt|hoàn thành) và vượt|không đạt|chưa đạt)(?<!(?:phấn đấu|quyết tâm|cố gắng)[^.;,]{0,24}chỉ tiêu (?:chủ yếu )?[\\p{L} ]{8,18}))${WORD_END}`, 'u'));
// How much of a sentence around the verb is read (a text without full stops is one long sentence).
const REACH = 600;
// Who attended: "Dự Đại hội có 450 đại biểu chính thức, đại diện cho hơn 152.000 đảng viên".
const AT_THE_CONGRESS = wordStartTest(new RegExp(`${WORD_START}(?:dự đại hội|tham dự|đại biểu chính thức|đại diện cho)${WORD_END}`, 'u'));
// Paragraphs after the opening one that the targets may run on over (captions in between not counted).
const FOLLOWING = 2;
const SHORT_LINES = 3;

export function adoptedTermSections(lower: string, segments: Segments, periods: readonly PeriodMention[], publishedYear?: number): TermSection[] {
  if (publishedYear === undefined) return [];
  // Terms opening in the year of publication or later: the term being set up, never one under review.
  const opening = periods.filter((p) => p.term !== undefined && !p.isBase && Number(p.term.slice(0, 4)) >= publishedYear);
  if (!opening.length) return [];
  const past = periods.filter((p) => p.term !== undefined && Number(p.term.slice(5)) <= publishedYear);
  const out: TermSection[] = [];
  // Each sentence is read once: after a verb, the search goes on from the end of its sentence (or of its stretch).
  // (No verb starts another at the same offset, so each offset is one verb's. The verbs are searched for from the first
  // such term on, in a slice, which is a view and no copy; it opens two code units early so that a verb right at the
  // term still has what stands before it.)
  let next = opening[0]!.start;
  const searched = Math.max(0, next - 2);
  for (const at of wholeWordStarts(lower.slice(searched), TARGET_SETTING_VERBS)) {
    const cue = searched + at;
    if (cue < next) continue;
    const [whole, wholeEnd] = segmentBounds(segments.sentenceStarts, cue, lower.length);
    const from = Math.max(whole, cue - REACH);
    const to = Math.min(wholeEnd, cue + REACH);
    next = to;
    const sentence = lower.slice(from, to);
    const i = firstAtOrAfter(opening, from, start);
    // Without the term in the sentence, the targets themselves must be named: "Nghị quyết đề ra 25 chỉ tiêu …".
    const term = (i < opening.length && opening[i]!.start < to ? opening[i]!.term : undefined) ??
      (NAMES_TARGETS.test(sentence) && i > 0 ? opening[i - 1]!.term : undefined);
    const j = firstAtOrAfter(past, from, start);
    if (!term || LOOKS_BACK.test(sentence) || (j < past.length && past[j]!.start < to)) continue;
    const end = runsTo(lower, segments, wholeEnd);
    out.push({ start: whole, end, term, modality: 'target', prose: true });
    next = end;
  }
  return out;
}

const start = (p: PeriodMention) => p.start;

/** Where the targets opened by the sentence ending at `from` stop: at the first later sentence that looks back or
 *  speaks of the congress itself, or after a few paragraphs. */
function runsTo(lower: string, segments: Segments, from: number): number {
  const { sentenceStarts, paragraphStarts } = segments;
  const lastParagraph = segmentIndex(paragraphStarts, from) + FOLLOWING;
  let short = 0;
  let paragraph = segmentIndex(paragraphStarts, from);
  for (let i = segmentIndex(sentenceStarts, from); i < sentenceStarts.length; i++) {
    const at = sentenceStarts[i]!;
    if (at < from) continue;
    const p = segmentIndex(paragraphStarts, at);
    if (p !== paragraph) {
      paragraph = p;
      // Captions and headings between neither carry nor count, up to a few.
      if (isShortParagraph(segments, at, lower.length)) {
        if (++short > SHORT_LINES) return at;
        continue;
      }
      if (p - short > lastParagraph) return at;
    }
    const end = Math.min(sentenceStarts[i + 1] ?? lower.length, at + REACH);
    if (LOOKS_BACK.test(lower.slice(at, end)) || AT_THE_CONGRESS.test(lower.slice(at, end))) return at;
  }
  return lower.length;
}
