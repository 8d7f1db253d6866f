// A page's comment section prints each reader's comment as "Lê Thu Hà: Nhà tôi có 2 ha quế … (17/06/2024 09:15)": a
// name, a colon, the comment and its time stamp (or the stamp first: "Trần Văn Nam (02/09/2025 21:40): …"). A reader's hectares and prices are the reader's story, never the
// article's figures.
import { shortParagraphsWhere, type Segments } from './segments.ts';

// Two to five words of a name, a colon, then a line that ends on "(dd/mm/yyyy hh:mm)" (the stamp, not a date alone:
// a related headline ends on a date).
const COMMENT = /^(?:[\p{L}\p{M}]+ ){1,4}[\p{L}\p{M}]+: .*\(\d{1,2}\/\d{1,2}\/\d{4},? (?:lúc )?\d{1,2}:\d{2}\)$/u;
// Other sites put the stamp between the name and the comment: "Trần Văn Nam (02/09/2025 21:40): Sầm Sơn năm nay …".
const STAMP_FIRST = /^(?:[\p{L}\p{M}]+ ){1,4}[\p{L}\p{M}]+ \(\d{1,2}\/\d{1,2}\/\d{4},? (?:lúc )?\d{1,2}:\d{2}\): /u;
const MAX_COMMENT = 1200;

/** Paragraphs that are one reader's comment. */
export function readerCommentRanges(lower: string, segments: Segments): Array<[number, number]> {
  return shortParagraphsWhere(lower, segments, MAX_COMMENT, (from, to) => {
    const line = lower.slice(from, to).trim();
    // Plain test first: almost no paragraph ends on a time stamp.
    if (!line.includes(':')) return false;
    return (line.endsWith(')') && COMMENT.test(line)) || (line.includes('): ') && STAMP_FIRST.test(line));
  });
}
