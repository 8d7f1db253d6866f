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
