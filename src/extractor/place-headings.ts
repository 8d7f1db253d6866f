// "Phước Long: Khó về xã nông thôn mới nâng cao" between the paragraphs of a roundup over several districts: a short
// line that opens on a place and a colon heads the section under it, whose paragraphs often name no place of their
// own ("Hai chỉ tiêu chưa đạt là …"). Any other heading-like line (short, no closing punctuation) ends the section.
import type { Segments } from './segments.ts';

export interface HeadingLine {
  start: number;
  /** Where the label's colon stands, when the line opens on a label ("Phước Long:"). */
  colon?: number;
}

const HEADING_MAX = 120;
// A label: a few words with no digit or punctuation, then a colon and the section's title.
const LABEL = /^[^\d:.;!?,()"“”]{2,40}:\s+\S/u;
// A sentence, a list heading or a caption ends on punctuation; a heading does not (nor holds a sentence break).
const CLOSED = /[.!?;:,…]["”)]?$/u;
const SENTENCE_BREAK = /[.!?]\s/u;

/** The heading-like lines that start at or after `from`, in order. */
export function headingLines(lower: string, segments: Segments, from: number): HeadingLine[] {
  const out: HeadingLine[] = [];
  const starts = segments.paragraphStarts;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    if (start < from) continue;
    const raw = lower.slice(start, starts[i + 1] ?? lower.length);
    const line = raw.trim();
    if (line.length === 0 || line.length > HEADING_MAX || CLOSED.test(line) || SENTENCE_BREAK.test(line)) continue;
    const lead = raw.length - raw.trimStart().length;
    out.push(LABEL.test(line) ? { start: start + lead, colon: start + lead + line.indexOf(':') } : { start: start + lead });
  }
  return out;
}
