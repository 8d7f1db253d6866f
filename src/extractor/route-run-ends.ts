// "các tuyến tàu cao tốc, phà từ Rạch Giá, Hà Tiên đi Phú Quốc", "xe khách từ Nha Trang ra Hà Nội", "Tuyến số 3 (Quy
// Nhơn - Tam Quan)": the places a transport run leaves from and goes to, and those a numbered line is named after, are
// its ends, not the place its passengers and runs are counted for (route-run-ends; route-names.ts reads "A - B"
// after a road word).

interface Span {
  start: number;
  end: number;
}

// A transport word, then "từ" right before the first end, within one clause.
const FROM_END = /(?:tuyến|tàu|phà|xe|xe khách|xe buýt|chuyến|đường bay|bay|vận chuyển|chở)(?!\p{L})(?!\p{M})[^.;:\n]{0,30}(?<![\p{L}\p{M}])từ $/u;
const FROM_REACH = 48;
// Routes that link one place with others ("21 đường bay quốc tế thường lệ kết nối Cam Ranh với Hàn Quốc, …", "tuyến xe
// buýt nối Quy Nhơn với Nhơn Hội"): the place linked is an end too (route-links).
const LINKS_END = /(?:tuyến|tàu|phà|xe buýt|chuyến bay|đường bay)(?!\p{L})(?!\p{M})[^.;:\n]{0,40}(?<![\p{L}\p{M}])(?:kết nối|nối liền|nối) $/u;
// A line named by its number, its ends in brackets after it.
const NUMBERED_LINE = /tuyến(?: xe buýt| buýt)?(?: số)? \d{1,3} \($/u;
const NUMBERED_REACH = 28;
// The next end: another origin after a comma or "và", or the destination after "đi", "ra", "đến", "tới", "về", or the
// second end of a bracketed pair.
const NEXT_END = /^\s*(?:,|và|,\s*và|đi|ra|đến|tới|về|[-–])\s*$/u;

/** mentions[at] is an end of a run from one place to another, or of a numbered line's bracketed pair; `isEnd` tells
 *  whether an earlier mention is a route's first end by its road word ("đường bay Hà Nội, TP Hồ Chí Minh - Cam Ranh"). */
export function namesRunEnd(lower: string, mentions: readonly Span[], at: number, isEnd: (i: number) => boolean, depth = 0): boolean {
  const m = mentions[at]!;
  const before = lower.slice(Math.max(0, m.start - FROM_REACH), m.start);
  if (FROM_END.test(before) || LINKS_END.test(before)) return true;
  if (NUMBERED_LINE.test(lower.slice(Math.max(0, m.start - NUMBERED_REACH), m.start))) return true;
  const previous = mentions[at - 1];
  // A list of ends is short; three steps back is enough and keeps the walk bounded.
  if (previous === undefined || depth >= 3 || m.start - previous.end > 8) return false;
  return NEXT_END.test(lower.slice(previous.end, m.start)) && (namesRunEnd(lower, mentions, at - 1, isEnd, depth + 1) || isEnd(at - 1));
}
