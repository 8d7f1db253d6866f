// "Trong 4 ngày nghỉ lễ 30/4 - 1/5 (từ ngày 30/4 đến 3/5/2026), …", "Dịp lễ Quốc khánh 2/9 (từ ngày 30/8 đến 2/9/2025)":
// a holiday's name ends on its day, and the bracket after it gives the stretch of the holiday, not the period of a
// figure written before it (holiday-name-before-bracket).
const HOLIDAY_NAME_DAYS = /(?<![\p{L}\p{M}])(?:lễ|nghỉ|dịp|tết|quốc khánh|giỗ tổ hùng vương) \d{1,2}\/\d{1,2}(?: ?[-–] ?\d{1,2}\/\d{1,2})?(?:\/(?:19|20)\d\d)?[ \t]*\($/u;

/** Whether the text before a bracket ends on a holiday named by its day or days. */
export function endsOnHolidayName(before: string): boolean {
  return HOLIDAY_NAME_DAYS.test(before);
}
