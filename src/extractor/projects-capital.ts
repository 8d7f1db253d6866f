// "hiện có hơn 900 dự án trong nước còn hiệu lực với tổng vốn đầu tư gần 240 nghìn tỷ đồng": the capital of the projects
// just counted is theirs (what the count measured, or nothing), not the investment of the whole society.

// The rest of the projects' noun phrase, then "với tổng vốn …" and at most a bound before the money.
const PROJECTS_CAPITAL_BETWEEN = /^[^,;.\d()]{0,40}(?:,\s*)?với tổng (?:số )?vốn(?: đầu tư| đăng ký)?(?: (?:là|khoảng|gần|hơn|trên|đạt))? $/u;

/** The money at `numberStart` is the capital of the projects counted in a figure ending at `countEnd`. */
export function isProjectsCapital(lower: string, countEnd: number, numberStart: number): boolean {
  return PROJECTS_CAPITAL_BETWEEN.test(lower.slice(countEnd, numberStart));
}
