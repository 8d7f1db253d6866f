// "Chiều 8/11, tại Hà Nội, Văn phòng Chính phủ tổ chức họp báo thường kỳ …": the capital named as where a national body
// meets is the venue. The figures the body then gives are the country's, not the city's.

const NATIONAL_BODY_AFTER = /^\s*,\s*(?:văn phòng chính phủ|chính phủ|thủ tướng|phó thủ tướng|quốc hội|ủy ban thường vụ quốc hội|ban chấp hành trung ương|ban bí thư|bộ [\p{L}\p{M}]+|ngân hàng nhà nước|tổng cục|cục thống kê)(?!\p{L})(?!\p{M})/u;
const REACH = 48;

/** The place mention from `start` to `end` (lower-cased text) is where a national body meets: "tại Hà Nội, Bộ …". */
export function locatesNationalVenue(lower: string, start: number, end: number): boolean {
  return lower.endsWith('tại ', start) && NATIONAL_BODY_AFTER.test(lower.slice(end, end + REACH));
}
