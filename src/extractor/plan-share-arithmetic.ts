// "Dự toán thu tiền sử dụng đất năm 2025 là 3.000 tỷ đồng, trong đó khu vực Quảng Ngãi cũ 2.450 tỷ đồng … Sau 9 tháng,
// khu vực Quảng Ngãi cũ thu 1.036 tỷ đồng, đạt 42,3%": a bare share reached right after an amount names no plan, but when
// it is that amount over a plan amount stated just before (1.036 / 2.450 = 42,3%), it is the share of that plan. The
// arithmetic, to the share's printed precision, is the evidence; a share that matches no plan stays a level.
import type { Candidate } from './scan-figures.ts';
import type { Figure } from './figure.ts';
import { REACHED_AFTER_AMOUNT } from './list-headings.ts';

// How many figures back a plan may have been stated: a paragraph's worth.
const PLANS_REACH = 12;

/** The percentage `share` reached right after the level `amount` of its clause is `amount` over the value of one of
 * the last target figures in the same unit. */
export function isShareOfPlanBefore(lower: string, figures: readonly Figure[], amount: Candidate, amountFigure: Figure | undefined, share: Candidate): boolean {
  if (!amountFigure || amountFigure.modality === 'target' || amountFigure.kind !== 'level' || amountFigure.value <= 0) return false;
  if (!REACHED_AFTER_AMOUNT.test(lower.slice(amount.end, share.numberStart))) return false;
  const tolerance = 0.5 * 10 ** -share.decimals + 1e-9;
  for (let i = figures.length - 1, seen = 0; i >= 0 && seen < PLANS_REACH; i--, seen++) {
    const plan = figures[i]!;
    if (plan.modality !== 'target' || plan.kind !== 'level' || plan.unit !== amountFigure.unit || plan.high !== undefined || plan.value <= 0) continue;
    if (Math.abs((100 * amountFigure.value) / plan.value - share.value) <= tolerance) return true;
  }
  return false;
}
