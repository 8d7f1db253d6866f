// A digest page of a provincial radio-TV station or portal ("Bản tin cuối ngày", "Điểm tin", "Tin tức trong tỉnh",
// "Thanh Hoá 24h") prints five to eight short items, each under its own heading line, each with its own place and
// period. Its headline names the first item and its lead lists several ("… là những tin đáng chú ý trong ngày"): a
// period either names is that item's, not the page's frame, and an item's own period stays in its item.
import { isShortParagraph, segmentBounds, type Segments } from './segments.ts';
import { firstAtOrAfter, hasBetween } from './sorted.ts';
import { wordStartTest } from './vocabulary/word-start.ts';

// The page's label, opening a short line of the head: "BẢN TIN CUỐI NGÀY 2/10/2024", "Điểm tin Bắc Giang ngày 28/7: …",
// "Tin vắn trong tỉnh", "Thanh Hoá 24h ngày 8/1/2026: …".
const LABEL = /^(?:bản tin|điểm tin|tin vắn|tin ngắn|tin tức trong tỉnh|tin trong tỉnh|tin tức trong ngày|tin trong ngày|[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2} 24h)(?!\p{L})(?!\p{M})/u;
// The lead says it lists items ("các tin", "những tin đáng chú ý", "một số tin nổi bật", "những thông tin nổi bật"):
// a statistics office's "Bản tin tháng 10" is one report, framed by its month.
const LISTS_ITEMS = /(?<![\p{L}\p{M}])(?:các|những|một số) (?:tin|thông tin)(?!\p{L})(?!\p{M})/u;
// Asked of the head of every page with a figure (up to HEAD_REACH characters, three times): tried only where an
// alternative can begin, not at every position as the leading lookbehind makes V8 do (word-start.ts).
const LISTS_ITEMS_IN = wordStartTest(LISTS_ITEMS);
const HEAD_REACH = 2500;
// How far back a lead clause is read for the ";" that closes the clause before.
const LEAD_CLAUSE_REACH = 600;
const LABEL_LINE_MAX = 120;
// An item's body is read this far for the full stop that makes it prose.
const BODY_REACH = 3000;

// The last page whose whole head (up to HEAD_REACH) lists no items: every page with a figure asks twice with its whole
// head (the lead clause and the item place, digest-page's callers in resolve-locality.ts). Only a call reading the whole
// head is answered from it: a shorter head may end on what the lookahead of LISTS_ITEMS refuses in the longer one.
let wholeHeadListsNone: string | undefined;

/** On a digest page of short items (a digest label on a short line of its head and a lead that lists items), the label's
 *  own words up to the colon that opens the first item's headline: "ĐIỂM TIN … TUẦN TỪ 15/9 ĐẾN 21/9/2025" names the
 *  stretch the page covers, "Bản tin cuối ngày 14/4: Sa Pa đón … trong quý I" names the first item after the colon. */
export function digestLabel(lower: string, leadEnd: number): [number, number] | undefined {
  const reach = Math.min(leadEnd, HEAD_REACH, lower.length);
  const whole = reach === Math.min(lower.length, HEAD_REACH);
  if (whole && lower === wholeHeadListsNone) return undefined;
  const head = lower.slice(0, reach);
  if (!LISTS_ITEMS_IN.test(head)) {
    if (whole) wholeHeadListsNone = lower;
    return undefined;
  }
  for (let from = 0; from < head.length;) {
    const newline = head.indexOf('\n', from);
    const end = newline < 0 ? head.length : newline;
    const line = head.slice(from, end);
    const indent = line.length - line.trimStart().length;
    if (end - from <= LABEL_LINE_MAX && LABEL.test(line.slice(indent))) {
      const colon = line.indexOf(':');
      return [from + indent, colon < 0 ? end : from + colon];
    }
    from = end + 1;
  }
  return undefined;
}

/** The end of a digest's lead: the paragraph that says it lists items. */
export function digestLeadEnd(lower: string, segments: Segments, leadEnd: number): number {
  const listed = LISTS_ITEMS.exec(lower.slice(0, Math.min(leadEnd, HEAD_REACH)));
  return listed ? segmentBounds(segments.paragraphStarts, listed.index, lower.length)[1] : leadEnd;
}

/** On a digest page, where its items' heading lines start: short lines after the lead (`leadEnd`, the digest's own),
 *  not sentences, each over a longer paragraph of prose. */
export function digestItemStarts(lower: string, segments: Segments, leadEnd: number, digest: boolean): number[] {
  const starts: number[] = [];
  if (!digest) return starts;
  const paragraphs = segments.paragraphStarts;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const from = paragraphs[i]!;
    if (from < leadEnd || !isShortParagraph(segments, from, lower.length)) continue;
    const next = paragraphs[i + 1]!;
    const line = lower.slice(from, next).trimEnd();
    const body = lower.slice(next, Math.min(paragraphs[i + 2] ?? lower.length, next + BODY_REACH)).trimEnd();
    if (line.length > 0 && !line.endsWith('.') && !line.endsWith(':') && body.length > line.length && body.endsWith('.')) starts.push(from);
  }
  return starts;
}

/** Whether one of `starts` stands between `from` and `to`. */
export function itemStartBetween(starts: readonly number[], from: number, to: number): boolean {
  return starts.length > 0 && hasBetween(starts, from, to);
}

/** On a digest page, the place an item is about: the first one its first sentence names ("Quý I/2026, phường Sa Pa
 *  đón …", "Xã Bảo Thắng …"), which its heading and its later sentences speak of too, though a commune carries no further
 *  than its clause elsewhere. `placeIn` gives the first place named in [from, to). */
export function createDigestItemPlace(lower: string, segments: Segments, placeIn: (from: number, to: number) => string | undefined) {
  const digest = digestLabel(lower, lower.length) !== undefined;
  const starts = digestItemStarts(lower, segments, digest ? digestLeadEnd(lower, segments, lower.length) : 0, digest);
  const subjects = new Map<number, string | undefined>();
  return (pos: number): string | undefined => {
    const i = firstAtOrAfter(starts, pos + 1, (x) => x) - 1;
    if (i < 0) return undefined;
    const heading = starts[i]!;
    if (!subjects.has(heading)) {
      const body = segmentBounds(segments.paragraphStarts, heading, lower.length)[1];
      subjects.set(heading, placeIn(body, segmentBounds(segments.sentenceStarts, body, lower.length)[1]));
    }
    // Only within the item: its heading line and its body paragraph.
    const bodyEnd = segmentBounds(segments.paragraphStarts, segmentBounds(segments.paragraphStarts, heading, lower.length)[1], lower.length)[1];
    return pos < bodyEnd ? subjects.get(heading) : undefined;
  };
}

/** On a digest page, whether a ";" closes a clause of its lead between `from` and `pos` (the lead lists its items clause by
 *  clause: what one clause names stays in it). */
export function createDigestLeadClause(lower: string, segments: Segments): (from: number, pos: number) => boolean {
  const leadEnd = digestLabel(lower, lower.length) !== undefined ? digestLeadEnd(lower, segments, lower.length) : 0;
  return (from, pos) => pos < leadEnd && from < pos && lower.slice(Math.max(from, pos - LEAD_CLAUSE_REACH), pos).includes(';');
}

/** Whether `pos` stands on a digest's label line after its colon ("Bản tin cuối ngày 14/4: Sa Pa đón …"), where the
 *  first item's headline is: a place there is that item's, not the page's. */
export function afterDigestLabel(lower: string, pos: number): boolean {
  const before = lower.slice(Math.max(0, pos - LABEL_LINE_MAX), pos);
  const lineStart = before.lastIndexOf('\n') + 1;
  if (lineStart === 0 && pos > LABEL_LINE_MAX) return false;
  const line = before.slice(lineStart);
  return line.indexOf(':') > 0 && LABEL.test(line.trimStart()) && digestLabel(lower, lower.length) !== undefined;
}
