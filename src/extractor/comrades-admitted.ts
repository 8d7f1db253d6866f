// "Kết nạp đảng viên: 85 đồng chí", "kết nạp mới 92 đồng chí vào Đảng": party members admitted, counted as "đồng chí".
// Only right after the verb of admission: "đồng chí" elsewhere counts people present or elected ("Hội nghị có 37/39
// đồng chí dự", "bầu 35 đồng chí"), which no indicator measures, however near "kết nạp đảng viên" stands.
const ADMITTED_BEFORE = /(?<![\p{L}\p{M}])kết nạp(?: mới| được| thêm)?(?: đảng viên(?: mới)?)?(?: (?:là|đạt|được))?:? (?:được |mới |thêm )?(?:(?:trên|hơn|gần|khoảng) )?$/u;
const REACH = 48;
// "nâng tổng số đảng viên kết nạp cả năm lên 310 đồng chí", "số đảng viên được kết nạp trong năm đạt 85 đồng chí": the
// members admitted named first, then the total they reach (admitted-total-in-comrades).
const ADMITTED_TOTAL_BEFORE = /(?<![\p{L}\p{M}])đảng viên(?: mới)?(?: được)? kết nạp(?: mới)?(?: [\p{L}\p{M}]+){0,4} (?:lên|đạt|là)(?: được)? (?:(?:trên|hơn|gần|khoảng) )?$/u;
const TOTAL_REACH = 80;

export function comradesAdmitted(lower: string, numberStart: number): boolean {
  if (ADMITTED_BEFORE.test(lower.slice(Math.max(0, numberStart - REACH), numberStart))) return true;
  const before = lower.slice(Math.max(0, numberStart - TOTAL_REACH), numberStart);
  return before.includes('kết nạp') && ADMITTED_TOTAL_BEFORE.test(before);
}
