// "Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030:" or "Đại hội xác định 18 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030, trong đó
// có:" on a congress page of 2025: a list heading that names the targets of a term opening in the page's year (or
// later) lists what that term is to reach, as "Mục tiêu nhiệm kỳ 2025 - 2030" heads its section. A heading over a term
// already run ("Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025:") or one that reports on the targets reviews them.

// The targets, then the term within a few words ("chỉ tiêu chủ yếu của nhiệm kỳ 2025 - 2030"); bounded, as the heading
// may be a whole sentence that ends on a colon.
const TARGETS_OF_TERM = /(?<![\p{L}\p{M}])chỉ tiêu(?:[^:;.\n]{0,60}?)(?:nhiệm kỳ|giai đoạn) ((?:19|20)\d\d) ?[-–—] ?(?:năm )?(?:19|20)\d\d(?!\d)/u;
const REVIEWS = /(?<![\p{L}\p{M}])(?:kết quả|thực hiện|tình hình|đánh giá|đạt được|đã đạt)(?!\p{L})(?!\p{M})/u;

export function headsComingTermTargets(heading: string, publishedYear: number | undefined): boolean {
  if (publishedYear === undefined) return false;
  const m = TARGETS_OF_TERM.exec(heading);
  return m !== null && Number(m[1]) >= publishedYear && !REVIEWS.test(heading);
}
