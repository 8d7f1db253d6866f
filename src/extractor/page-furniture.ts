// Text copied from a news page carries more than the article: "Xem thêm:" with related headlines and names in quotes
// ("Đề án “1 triệu học sinh biết bơi”"), whose numbers are not this article's figures; and photo captions, whose
// figures count but whose places are where the photo was taken.
import { shortParagraphsWhere, type Segments } from './segments.ts';
import { RELATED_LIST_LINES, RELATED_LIST_MARKERS } from './vocabulary/cues.ts';
import { marketWidgetRanges } from './market-widgets.ts';
import { readerCommentRanges } from './reader-comments.ts';
import { alternation } from './vocabulary/regexp.ts';

const RELATED = new RegExp(`^${alternation(RELATED_LIST_MARKERS)}(?!\\p{L})(?!\\p{M})`, 'u');
// "Đọc nhiều" alone on its line (a box of most-read headlines), not a sentence opening on those words.
const RELATED_LINE = new RegExp(`^${alternation(RELATED_LIST_LINES)}[ \\t]*:?[ \\t]*(?:\\n|$)`, 'u');
const QUOTED = /["“][^"”\n]{1,80}["”]/gu;
const NAMED_BEFORE_QUOTE = /(?:đề án|chương trình|phong trào|mô hình|cuộc vận động|khẩu hiệu|chủ đề|phương châm|dự án|cuộc thi|giải|tên gọi|với tên)\s*(?:[\p{L}\p{M}]+\s+){0,3}$/u;

/** Ranges [start, end) whose numbers are never figures: related-article lists, quoted names, market widgets, readers' comments. */
export function furnitureRanges(lower: string, segments: Segments): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const starts = segments.paragraphStarts;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const head = lower.slice(from, from + 40);
    if (!RELATED.test(head) && !RELATED_LINE.test(head)) continue;
    // The marker line and the short title lines under it, up to the next paragraph of prose.
    let j = i + 1;
    while (j < starts.length && isTitleLine(lower, starts[j]!, starts[j + 1] ?? lower.length)) j++;
    out.push([from, starts[j] ?? lower.length]);
    i = j - 1;
  }
  // Quotes first (rare), then the words before each: a scan for the words themselves would cost every position.
  for (const q of lower.matchAll(QUOTED)) {
    if (!NAMED_BEFORE_QUOTE.test(lower.slice(Math.max(0, q.index - 40), q.index))) continue;
    out.push([q.index + 1, q.index + q[0].length - 1]);
  }
  out.push(...marketWidgetRanges(lower, segments));
  out.push(...readerCommentRanges(lower, segments));
  return out.sort((a, b) => a[0] - b[0]);
}

function isTitleLine(lower: string, from: number, to: number): boolean {
  const line = lower.slice(from, to).trim();
  return line.length > 0 && line.length < 160 && !/[.!?…]$/.test(line);
}

// A photo caption: a line that credits its photo ("… Ảnh: Quỳnh Trần", "(Ảnh: TTXVN)", "Ảnh minh họa").
// A caption is shorter than 400 characters.
const MAX_CAPTION = 399;
const CAPTION = /(?:^|[\s(.\-–])(?<!hình )ảnh(?: minh (?:họa|hoạ))?\s*(?::|$)/u;

/** Paragraphs that caption a photo: their places and figures are the photo's (see resolve-locality.ts). */
export function captionRanges(lower: string, segments: Segments): Array<[number, number]> {
  return shortParagraphsWhere(lower, segments, MAX_CAPTION, (from, to) => CAPTION.test(lower.slice(from, to).trimEnd().slice(-80)));
}
