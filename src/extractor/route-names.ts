// "cao tốc Khánh Hòa - Buôn Ma Thuột", "tuyến đường bộ ven biển Phú Yên": a road is named after the places it joins or
// runs through; those names are the road's, not the place its figures belong to (like "KCN Quế Võ", FACILITY_BEFORE).
import { windowEndsWith } from './vocabulary/backward.ts';

// ("Dự án đường liên kết vùng Phú Thọ - Vĩnh Phúc", "tuyến đường kết nối Đà Lạt - Tây Nguyên": a link road too.)
const ROAD_BEFORE = ['cao tốc', 'đường bộ ven biển', 'đường ven biển', 'đường liên kết vùng', 'tuyến liên kết vùng', 'đường kết nối', 'đường nối'];
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

/** The place mentions[at] names a road: right after a road word, or the second end of "cao tốc A - B". */
export function namesRoad(lower: string, mentions: readonly Span[], at: number): boolean {
  const m = mentions[at]!;
  if (windowEndsWith(lower, m.start, REACH, ROAD_BEFORE, true)) return true;
  const previous = mentions[at - 1];
  if (previous !== undefined && ROUTE_DASH.test(lower.slice(previous.end, m.start)) && windowEndsWith(lower, previous.start, REACH, ROAD_BEFORE, true)) return true;
  return (lower[m.start - 2] === '-' || lower[m.start - 2] === '–') && SECOND_END.test(lower.slice(Math.max(0, m.start - SECOND_END_REACH), m.start));
}
