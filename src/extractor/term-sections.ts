// Section headings that name a term: "Nhiệm kỳ 2020 - 2025 vượt khó đi lên", "Mục tiêu nhiệm kỳ 2025 - 2030". A party
// congress report reviews one term under the first and sets the next one's targets under the second; a figure there
// that names no period of its own in its paragraph belongs to the heading's term, and under "Mục tiêu …" it is a target.
import type { Modality } from './figure.ts';
import type { PeriodMention } from './periods.ts';
import { isShortParagraph, segmentIndex, type Segments } from './segments.ts';
import { adoptedTermSections } from './adopted-term.ts';

export interface TermSection {
  start: number;
  end: number;
  term: string;
  modality?: Modality;
  /** Opened by a sentence, not a heading: its modality holds only for figures dated by its term. */
  prose?: boolean;
  /** The year a heading's horizon names ("Mục tiêu đến năm 2030" over a 2025 - 2030 term): its level targets' year. */
  horizon?: number;
}

const TARGET_HEADING = /(?<![\p{L}\p{M}])(?:mục tiêu|phương hướng|nhiệm vụ|định hướng|chỉ tiêu)(?!\p{L})(?!\p{M})/u;
// What makes a heading that names targets a review of them: "Kết quả thực hiện các chỉ tiêu năm 2025".
const REVIEW_HEADING = /(?<![\p{L}\p{M}])(?:kết quả|thực hiện|tình hình|đánh giá|đạt được)(?!\p{L})(?!\p{M})/u;
// A heading is a short line that is not a sentence: no full stop, colon or question mark at its end.
const SENTENCE_END = /[.:;!?…"”)]\s*$/u;
// The next heading ends a section; so does a line that sounds like the article's own end.
const HEADING_MAX = 120;
const HORIZON_BEFORE = /(?:đến|tới) (?:năm )?$/u;

export function termSections(lower: string, segments: Segments, periods: readonly PeriodMention[], publishedYear?: number): TermSection[] {
  const headed = headedSections(lower, segments, periods, publishedYear);
  const adopted = adoptedTermSections(lower, segments, periods, publishedYear);
  if (!adopted.length) return headed;
  // A heading's section wins over a sentence's where they meet.
  const free = adopted.filter((a) => !headed.some((h) => a.start < h.end && h.start < a.end));
  return [...headed, ...free].sort((a, b) => a.start - b.start);
}

function headedSections(lower: string, segments: Segments, periods: readonly PeriodMention[], publishedYear?: number): TermSection[] {
  const starts = segments.paragraphStarts;
  // The headline and the lines above the body are no section headings: they name what the whole article is about.
  const body = starts.findIndex((from) => !isShortParagraph(segments, from, lower.length));
  if (body < 0) return [];
  const headings: Array<{ index: number; term?: string; modality?: Modality; horizon?: number }> = [];
  for (const p of periods) {
    // "II. Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2021" in a December 2020 report: the coming year's plan heads its
    // list as a term's targets do.
    const comingYear = !p.term && !p.span && !p.isBase && p.part === '' && p.year !== undefined && publishedYear !== undefined && p.year > publishedYear;
    if ((!p.term && !comingYear) || !isShortParagraph(segments, p.start, lower.length)) continue;
    const index = segmentIndex(starts, p.start);
    if (index <= body) continue;
    const line = lower.slice(starts[index]!, starts[index + 1] ?? lower.length).trim();
    if (line.length > HEADING_MAX || SENTENCE_END.test(line)) continue;
    if (comingYear && (!TARGET_HEADING.test(line) || REVIEW_HEADING.test(line))) continue;
    if (headings.length && headings[headings.length - 1]!.index === index) continue;
    // "MỤC TIÊU ĐẾN NĂM 2030" at a congress "nhiệm kỳ 2025 - 2030": a horizon that closes the term the page names heads
    // that term's targets (yearly rates and counts are the term's; a level's own "đến năm 2030" still dates it).
    const termClosed = comingYear && HORIZON_BEFORE.test(lower.slice(Math.max(0, p.start - 8), p.start))
      ? periods.find((q) => q.term !== undefined && !q.isBase && q.term.endsWith(`/${p.year}`))?.term
      : undefined;
    // ("NHIỆM KỲ 2020 - 2025: NHIỀU CHỈ TIÊU VƯỢT" at the 2025 congress: a term run out by the page's year is reviewed,
    // whatever its heading says of targets (run-out-term-heading-reviews).)
    // (One that ends in the page's year is run out only once the page names the term that follows it.)
    const ends = p.term === undefined ? undefined : Number(p.term.slice(-4));
    const runOut = ends !== undefined && publishedYear !== undefined &&
      (ends < publishedYear || (ends === publishedYear && periods.some((q) => q.term?.startsWith(`${ends}/`))));
    headings.push({ index, term: termClosed ?? p.term ?? String(p.year), ...(TARGET_HEADING.test(line) && !runOut && { modality: 'target' as const }), ...(termClosed && { horizon: p.year }) });
  }
  const out: TermSection[] = [];
  for (let h = 0; h < headings.length; h++) {
    const { index, term, modality, horizon } = headings[h]!;
    const next = headings[h + 1]?.index ?? starts.length;
    out.push({ start: starts[index + 1] ?? lower.length, end: starts[next] ?? lower.length, term: term!, ...(modality && { modality }), ...(horizon && { horizon }) });
  }
  return out.filter((s) => s.start < s.end);
}

/** The section a position stands in, if any (sections are sorted and do not overlap). */
export function sectionAt(sections: readonly TermSection[], pos: number): TermSection | undefined {
  for (const s of sections) {
    if (pos < s.start) return undefined;
    if (pos < s.end) return s;
  }
  return undefined;
}
