// "Tỉnh hướng tới tăng trưởng trên 11%", "hướng đến thu ngân sách 30.000 tỷ đồng": what a place heads for is a goal, so
// a figure after the verb in its clause is a target; in a title line (no sentence mark, short, a paragraph of its own)
// the goal reaches the whole line ("Phường X hướng tới đô thị văn minh, 80% hồ sơ giải quyết trực tuyến"). Not an
// occasion the work is held for ("hướng tới kỷ niệm 50 năm …", "chào mừng Đại hội") nor a market or public served.
export const AIM_CUES = ['hướng tới', 'hướng đến'];

const NOT_A_GOAL_AFTER = /^ (?:kỷ niệm|chào mừng|đại hội|lễ|ngày|sự kiện|thị trường|khách hàng|người (?:dân|tiêu dùng|lao động)|đối tượng|các đối tượng)(?!\p{L})(?!\p{M})/u;
// ("xu hướng tới", "định hướng đến": a trend, a guideline; the second is a cue of its own.)
const NOT_THE_VERB_BEFORE = /(?:xu|định|chuyển|phương) $/u;
const TITLE_REACH = 160;

export function aimGoverns(lower: string, cueStart: number, cueEnd: number, numberStart: number, inClause: boolean): boolean {
  if (NOT_THE_VERB_BEFORE.test(lower.slice(Math.max(0, cueStart - 9), cueStart))) return false;
  if (NOT_A_GOAL_AFTER.test(lower.slice(cueEnd, cueEnd + 24))) return false;
  return inClause || isTitleLine(lower, cueStart, numberStart);
}

/** The cue and the number share one short line with no sentence mark: a headline or a subheading. */
function isTitleLine(lower: string, cueStart: number, numberStart: number): boolean {
  // Both line ends are looked for within the reach only: on a text with no line breaks an unbounded search would read
  // the whole text for every cue.
  const back = Math.max(0, cueStart - TITLE_REACH - 1);
  const before = lower.slice(back, cueStart).lastIndexOf('\n');
  if (before < 0 && back > 0) return false;
  const from = back + before + 1;
  const limit = from + TITLE_REACH + 1;
  const after = numberStart < limit ? lower.slice(numberStart, limit).indexOf('\n') : -1;
  if (after < 0 && limit < lower.length) return false;
  const to = after < 0 ? lower.length : numberStart + after;
  if (to - from > TITLE_REACH) return false;
  const line = lower.slice(from, to);
  return !/[.!?;]\s*$/u.test(line) && !/[.!?] /u.test(line);
}
