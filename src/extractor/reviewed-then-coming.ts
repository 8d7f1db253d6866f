// "hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 …, trong số tiền thu nộp ngân sách có 7,12 tỷ
// đồng": a meeting named by the year it reviews and then the year whose tasks it sets out reports figures of the
// reviewed year; the coming year dates none of them, not even in its own sentence (reviewed-then-coming-year). A
// meeting that only sets out the coming year ("hội nghị triển khai nhiệm vụ năm 2024, …") keeps it.
const REVIEWED_THEN_COMING = /(?<![\p{L}\p{M}])(?:tổng kết|sơ kết|đánh giá|kiểm điểm)(?: [^\d.;:!?\n]{1,60}?)? năm (?:19|20)\d\d,? và (?:triển khai|phương hướng|bàn)(?: [^\d.;:!?\n]{1,50}?)? năm $/u;
const REACH = 150;

/** The year at `start` closes a meeting's name that first reviews an earlier year. */
export function comesAfterReviewedYear(lower: string, start: number): boolean {
  return REVIEWED_THEN_COMING.test(lower.slice(Math.max(0, start - REACH), start + 4));
}
