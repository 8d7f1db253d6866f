// "6 tháng cuối năm, huyện phấn đấu hoàn thành 100% kế hoạch thu ngân sách", "Trong 6 tháng cuối năm, phường phấn đấu thu
// ngân sách đạt 100% dự toán": a second half's aim at a share of the plan reached is where the count should stand when
// the half closes, the year's end, as a fourth quarter's is; a plan named for the half ("kế hoạch 6 tháng cuối năm")
// keeps the half (half-aim-plan-share). An item of a list whose heading names the half ("Nhiệm vụ 6 tháng cuối năm
// 2024, tỉnh phấn đấu:" over "- Giải ngân 100% kế hoạch vốn đầu tư công;") is dated by that heading, the half, as
// holdout/008 reads it.
const SECOND_HALF = /^\d{4}-H2$/;
const STRETCH_NAMED = /(?<![\p{L}\p{M}])(?:quý|tháng|nửa)(?!\p{L})(?!\p{M})/u;

const LIST_ITEM = /^[ \t]*[-–•+*]/u;
const LINE_REACH = 200;

/** The aim's period is a second half, the plan after the share (`planWords`) is named for no stretch, and the share
 *  at `numberStart` opens no list item. */
export function isSecondHalfPlanShare(period: string, planWords: string, lower: string, numberStart: number): boolean {
  if (!SECOND_HALF.test(period) || STRETCH_NAMED.test(planWords)) return false;
  const window = lower.slice(Math.max(0, numberStart - LINE_REACH), numberStart);
  return !LIST_ITEM.test(window.slice(window.lastIndexOf('\n') + 1));
}
