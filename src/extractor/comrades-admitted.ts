// "Kết nạp đảng viên: 85 đồng chí", "kết nạp mới 92 đồng chí vào Đảng": party members admitted, counted as "đồng chí".
// Only right after the verb of admission: "đồng chí" elsewhere counts people present or elected ("Hội nghị có 37/39
// đồng chí dự", "bầu 35 đồng chí"), which no indicator measures, however near "kết nạp đảng viên" stands.
const ADMITTED_BEFORE = /(?<![\p{L}\p{M}])kết nạp(?: mới| được| thêm)?(?: đảng viên(?: mới)?)?(?: (?:là|đạt|được))?:? (?:được |mới |thêm )?(?:(?:trên|hơn|gần|khoảng) )?$/u;
const REACH = 48;

export function comradesAdmitted(lower: string, numberStart: number): boolean {
  return ADMITTED_BEFORE.test(lower.slice(Math.max(0, numberStart - REACH), numberStart));
}
