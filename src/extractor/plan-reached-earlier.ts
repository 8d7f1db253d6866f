// "Huyện Đức Hòa thu 3.215 tỷ đồng, đạt 118,6% dự toán, … Đứng thứ hai là huyện Bến Lức với 2.684 tỷ đồng, đạt 105,2%;",
// "15 địa phương không đạt dự toán, …; thấp nhất là Bình Dương chỉ đạt 83,2% và Long An đạt 86,5%": in a league table
// of places measured against their plan, a bare "đạt X%" of a later item is that item's share of the same plan, an
// attainment, though the plan goes unsaid there (plan-reached-earlier). Not where a rate is spoken of ("tỷ lệ … đạt
// 95%"), nor a share of a whole named after it ("đạt 40% tổng thu").
const REACH = 420;
const BARE_REACH_BEFORE = /(?<![\p{L}\p{M}])(?:chỉ |mới |cũng |ước )?đạt (?:gần |hơn |trên |khoảng )?$/u;
const NOTHING_NAMED_AFTER = /^\s*(?:[;,.)\n]|và |$)/u;
const PLAN_REACHED = /(?<![\p{L}\p{M}])(?:(?:đạt|vượt|bằng)(?: và vượt)?(?: [\d.,]+ ?%)?|(?:không|chưa) đạt) (?:dự toán|kế hoạch)(?!\p{L})(?!\p{M})/u;
const RATE_WORDS = /(?<![\p{L}\p{M}])(?:tỷ lệ|tỉ lệ|tốc độ|tăng trưởng|tỷ trọng|tỉ trọng)(?!\p{L})(?!\p{M})/u;

/** The bare percentage at `numberStart` (ending at `end`) follows, in its paragraph, places said to reach or miss a plan. */
export function isPlanReachedEarlier(lower: string, paragraphStart: number, clauseStart: number, numberStart: number, end: number): boolean {
  return bareAfterPlanReached(BARE_REACH_BEFORE, 24, lower, paragraphStart, clauseStart, numberStart, end);
}

/** The percentage has only `verb` (read within `verbReach`) before it and nothing named after it, and places were said
 *  to reach or miss a plan earlier in its paragraph, with no rate spoken of. */
function bareAfterPlanReached(verb: RegExp, verbReach: number, lower: string, paragraphStart: number, clauseStart: number, numberStart: number, end: number): boolean {
  if (!verb.test(lower.slice(Math.max(clauseStart, numberStart - verbReach), numberStart)) || !NOTHING_NAMED_AFTER.test(lower.slice(end, end + 6))) return false;
  // ("Tỷ lệ … BHYT đạt 94,3%, bằng 99,3% kế hoạch; trong đó huyện Mộc Châu đạt 96,1%": a rate and its share of the plan
  // before make the part's percentage its rate: part-rate-after-plan-share.)
  const from = Math.max(paragraphStart, numberStart - REACH);
  return !RATE_WORDS.test(lower.slice(from, numberStart)) && PLAN_REACHED.test(lower.slice(from, clauseStart));
}

// "… 48/63 địa phương thu nội địa đạt và vượt dự toán …. Thanh Hóa có mức vượt cao nhất với 32,4%; Quảng Ngãi vượt 18,7%":
// so does a bare "vượt X%" (or "mức vượt … với X%"): by how much that item passed the same plan (plan-exceeded-earlier).
const BARE_EXCEED_BEFORE = /(?<![\p{L}\p{M}])(?:vượt|mức vượt(?: [\p{L}\p{M}]+){0,3} (?:với|là|ở mức)) (?:gần |hơn |trên |khoảng )?$/u;

/** The bare percentage at `numberStart` says by how much a place passed the plan places were said to reach before it. */
export function isPlanExceededEarlier(lower: string, paragraphStart: number, clauseStart: number, numberStart: number, end: number): boolean {
  return bareAfterPlanReached(BARE_EXCEED_BEFORE, 40, lower, paragraphStart, clauseStart, numberStart, end);
}
