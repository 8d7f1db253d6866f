// "Phường …: 11/19 chỉ tiêu đạt và vượt tiến độ 6 tháng đầu năm 2026" over "Kết quả thực hiện 19 chỉ tiêu chủ yếu năm 2026:
// …": the year right after the targets' name says whose targets they are, as "kế hoạch vốn năm 2026" names a plan's year.
// In the lead, beside a stretch of that year in the head, it is a plan's year, never the report's frame; further down
// ("Trong 19 chỉ tiêu chủ yếu năm 2023, …" in the body) it still dates its own paragraph (targets-year-in-lead).
export const TARGETS_OF_YEAR = /(?<![\p{L}\p{M}])chỉ tiêu(?: [\p{L}\p{M}]+){0,4} $/u;
