// "tại Trung tâm Hội nghị tỉnh (phường Rạch Giá), Sở Nội vụ tổ chức Ngày hội việc làm … với 68 doanh nghiệp": a ward or
// commune in brackets after a venue says where the hall stands. The event and its figures are the organiser's.

// Halls, squares and grounds where provinces hold their events.
const VENUES = ['trung tâm', 'nhà văn hóa', 'nhà văn hoá', 'nhà thi đấu', 'quảng trường', 'hội trường', 'sân vận động', 'công viên',
  'bảo tàng', 'cung văn hóa', 'cung văn hoá', 'nhà hát', 'sân', 'khu'];
const VENUE_BRACKET_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])tại (?:${VENUES.join('|')})(?!\\p{L})(?!\\p{M})[^()\\n,;.]{0,48}\\(\\s*$`, 'u');
const REACH = 72;

/** The place mention at `start` (lower-cased text) opens a bracket that locates a venue named after "tại". */
export function locatesVenue(lower: string, start: number): boolean {
  if (lower[start - 1] !== '(' && lower[start - 2] !== '(') return false;
  return VENUE_BRACKET_BEFORE.test(lower.slice(Math.max(0, start - REACH), start));
}

// "Tối 20/9, tại phường Buôn Ma Thuột, UBND tỉnh tổ chức bế mạc Đại hội …", "Sáng 5/3, tại xã Hải Hậu, Bộ Chỉ huy Quân
// sự tỉnh tổ chức …": a commune or ward named, at the head of its sentence, as where a province's body holds its event
// is the venue; the event and its figures are the body's. ("Tại xã Tân Phú, UBND xã …" keeps the commune.)
const VENUE_HEAD_BEFORE = /(?:^|\n|\. )(?:(?:sáng|chiều|tối|trưa|đêm|ngày)[^,.\n]{0,16}, )?tại $/u;
// The body opens the clause after the venue: a committee, council, department, board, command, federation or union of
// the province ("UBND tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Liên đoàn Lao động tỉnh", "Sở Văn hóa …").
const PROVINCE_BODY_AFTER = /^, (?:sở |tỉnh ủy|tỉnh uỷ|tỉnh đoàn|thành ủy|thành uỷ|(?:ubnd|ủy ban|uỷ ban|hđnd|ban|bộ chỉ huy|liên đoàn|công an|hội)(?!\p{L})(?!\p{M})[^,.;\n]{0,36}?(?<![\p{L}\p{M}])(?:tỉnh|thành phố)(?!\p{L})(?!\p{M}))/u;
const HEAD_REACH = 30;

/** The commune-level mention at [start, end) names the venue of a province's event at its sentence's head. */
export function namesEventVenue(lower: string, start: number, end: number): boolean {
  if (!lower.endsWith('tại ', start) || lower[end] !== ',') return false;
  return VENUE_HEAD_BEFORE.test(lower.slice(Math.max(0, start - HEAD_REACH), start)) && PROVINCE_BODY_AFTER.test(lower.slice(end, end + 48));
}
