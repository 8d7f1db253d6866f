// "cao tốc Khánh Hòa - Buôn Ma Thuột", "tuyến đường bộ ven biển Phú Yên": a road is named after the places it joins or
// runs through; those names are the road's, not the place its figures belong to (like "KCN Quế Võ", FACILITY_BEFORE).
import { windowEndsWith } from './vocabulary/backward.ts';
import { namesRunEnd } from './route-run-ends.ts';

// ("Dự án đường liên kết vùng Phú Thọ - Vĩnh Phúc", "tuyến đường kết nối Đà Lạt - Tây Nguyên": a link road too.)
// Sea and air routes too: "tuyến tàu cao tốc Rạch Giá - Phú Quốc", "tuyến phà Hà Tiên - Phú Quốc", "đường bay Quy Nhơn - Đà
// Lạt", "chặng Hà Nội - Sa Pa".
const ROAD_BEFORE = ['cao tốc', 'đường bộ ven biển', 'đường ven biển', 'đường liên kết vùng', 'tuyến liên kết vùng', 'đường kết nối', 'đường nối',
  'tuyến tàu', 'tuyến phà', 'tuyến xe buýt', 'đường bay', 'chặng'];
const REACH = 20;
const ROUTE_DASH = /^\s*[-–]\s*$/u;
// "cao tốc Hòa Bình - Mộc Châu": the second end after a first end the gazetteer did not read as a place (an everyday
// name, "Hòa Bình"), the road word a few words before the dash.
const SECOND_END = new RegExp(`(?:${ROAD_BEFORE.join('|')}) [\\p{L}\\p{M} ]{2,30} [-–] $`, 'u');
const SECOND_END_REACH = 60;

interface Span {
  start: number;
  end: number;
}

// "Các tuyến tàu cao tốc Rạch Giá - Phú Quốc, Hà Tiên - Phú Quốc, Rạch Giá - Nam Du": after one route, a name joined by a
// comma or "và" that opens its own "A - B" pair is the next route's first end.
const NEXT_ROUTE_GAP = /^\s*(?:,|và|,\s*và)\s*$/u;
const OPENS_PAIR_AFTER = /^\s*[-–]\s*\S/u;

/** The place mentions[at] names a road: right after a road word, or the second end of "cao tốc A - B", or an end of the
 *  next pair in a list of routes. */
export function namesRoad(lower: string, mentions: readonly Span[], at: number): boolean {
  const m = mentions[at]!;
  if (windowEndsWith(lower, m.start, REACH, ROAD_BEFORE, true)) return true;
  const previous = mentions[at - 1];
  if (previous !== undefined && ROUTE_DASH.test(lower.slice(previous.end, m.start)) &&
    (windowEndsWith(lower, previous.start, REACH, ROAD_BEFORE, true) || opensNextRoute(lower, mentions, at - 1))) return true;
  if (opensNextRoute(lower, mentions, at)) return true;
  // (The earlier end is tested by its road word only: the walk back stays bounded.)
  if (namesRunEnd(lower, mentions, at, (i) => windowEndsWith(lower, mentions[i]!.start, REACH, ROAD_BEFORE, true))) return true;
  return (lower[m.start - 2] === '-' || lower[m.start - 2] === '–') && SECOND_END.test(lower.slice(Math.max(0, m.start - SECOND_END_REACH), m.start));
}

/** mentions[at] opens an "A - B" pair right after a route's second end, joined to it by a comma or "và". */
function opensNextRoute(lower: string, mentions: readonly Span[], at: number): boolean {
  const m = mentions[at]!;
  const previous = mentions[at - 1];
  if (previous === undefined || !NEXT_ROUTE_GAP.test(lower.slice(previous.end, m.start)) || !OPENS_PAIR_AFTER.test(lower.slice(m.end, m.end + 4))) return false;
  // The previous name closes a pair ("… - Phú Quốc") that is itself a route.
  return (lower[previous.start - 2] === '-' || lower[previous.start - 2] === '–') && namesRoad(lower, mentions, at - 1);
}
