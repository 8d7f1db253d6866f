// "hoàn thành 100% kế hoạch thu ngân sách", "đạt 52,6% kế hoạch sản lượng thủy sản", "đạt 95% dự toán thu nội địa": a plan
// named right after a share, by what it plans, says what the share measures, whatever its paragraph spoke of before
// (plan-names-measure). A plan of works ("85% kế hoạch xóa nhà tạm", "60% kế hoạch bê tông hóa đường giao thông") is that
// work's progress, which plan-of-works-share leaves without a measure.
import { PLANNED_WORKS } from './vocabulary/own-measures.ts';
import { alternation } from './vocabulary/regexp.ts';

const PLAN_AFTER = new RegExp(`^ (?:kế hoạch|dự toán|chỉ tiêu|kh)(?: năm)? (?!(?:${alternation(PLANNED_WORKS)})(?!\\p{L})(?!\\p{M}))(?=\\p{L})`, 'u');

/** Where the name of what the plan plans starts, when a plan word follows the share ending at `end`. */
export function plannedMeasureStart(lower: string, end: number): number | undefined {
  const m = PLAN_AFTER.exec(lower.slice(end, end + 24));
  return m ? end + m[0].length : undefined;
}
