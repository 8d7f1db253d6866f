// Comparison facts in words a reader understands, in Vietnamese or English.
import { formatAmount, formatDate, formatNumber, formatPercent, formatPeriod, formatPoints, formatValue, type Lang } from '../shared/format-vi.ts';
import { indicatorName } from '../shared/i18n-indicators.ts';
import { facts } from '../shared/i18n-facts.ts';
import type { Change, CompareFigure, PlanComparison, SeriesPoint } from './types.ts';

/** "tăng 0,5 điểm %" for rates; "tăng 200 tỉ đồng (+16,67%)" for amounts; "không đổi". */
export function describeChange(change: Change, unit: string | undefined, lang: Lang = 'vi'): string {
  const t = facts(lang);
  if (change.direction === 'same') return t.unchanged;
  const verb = change.direction === 'up' ? t.up : t.down;
  if (change.points) return `${verb} ${formatPoints(change.absolute, lang)}`;
  const amount = formatAmount(Math.abs(change.absolute), unit, lang);
  if (change.relative === undefined) return `${verb} ${amount}`;
  const sign = change.relative > 0 ? '+' : '−';
  return `${verb} ${amount} (${sign}${formatPercent(Math.abs(change.relative), lang)})`;
}

/** The plan next to the result: "đạt 94% kế hoạch", "thấp hơn kế hoạch 0,11 điểm %", "trong khoảng kế hoạch". */
export function describePlan(plan: PlanComparison, lang: Lang = 'vi'): string {
  const t = facts(lang);
  if (plan.range) return t.plan[plan.range];
  if (plan.gapPoints !== undefined) {
    // Percentages printed to two decimals: a gap below half a hundredth is "on plan".
    if (Math.abs(plan.gapPoints) < 0.005) return t.plan.pointsEqual;
    const pts = formatPoints(plan.gapPoints, lang);
    return plan.gapPoints > 0 ? t.plan.pointsAbove(pts) : t.plan.pointsBelow(pts);
  }
  if (plan.attainment !== undefined) return t.attainmentOfTarget(formatPercent(plan.attainment, lang, plan.attainment >= 100 ? 1 : 2));
  return '';
}

function baseText(base: string | undefined, lang: Lang): string {
  const t = facts(lang);
  if (!base) return '';
  if (base === 'same_period' || base === 'previous_period' || base === 'target') return t.base[base];
  return t.base.year(base);
}

/** The figure's own statement: "giảm còn 0,69%", "tăng 30,43% so với năm 2022", "đạt 126,82% kế hoạch", "34/43 chỉ tiêu đạt". */
export function describeValue(f: CompareFigure, lang: Lang = 'vi'): string {
  const t = facts(lang);
  const bound = f.bound ? `${t.bound[f.bound]} ` : '';
  const value = formatValue(f, lang);
  if (f.kind === 'change') {
    if (f.unit === 'lần') return [t.times(formatNumber(f.value, lang)), baseText(f.base, lang)].filter(Boolean).join(' ');
    const verb = f.direction === 'down' ? t.down : t.up;
    return [`${verb} ${bound}${value}`, baseText(f.base, lang)].filter(Boolean).join(' ');
  }
  if (f.kind === 'attainment') {
    if (!f.base || f.base === 'target') return t.attainmentOfTarget(`${bound}${value}`);
    return t.attainmentOfBase(`${bound}${value}`, baseText(f.base, lang));
  }
  const lead = f.direction === 'down' ? `${t.downTo} ` : f.direction === 'up' ? `${t.upTo} ` : '';
  const status = f.status ? ` ${t.status[f.status]}` : '';
  return `${lead}${bound}${value}${status}`;
}

/** What, where, when and which kind: "Thu ngân sách · thị xã Cai Lậy · năm 2023 · thực hiện". */
export function describeContext(f: CompareFigure, lang: Lang = 'vi', withIndicator = true): string {
  const t = facts(lang);
  const parts = [f.indicator && withIndicator ? indicatorName(f.indicator, lang) : undefined, f.locality, f.period ? formatPeriod(f.period, lang) : undefined,
    f.modality ? t.modality[f.modality] : undefined];
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

/** Where a figure of the library came from: "năm 2022 · baodongkhoi.vn · 5/1/2023". */
export function describeSource(p: SeriesPoint, lang: Lang = 'vi'): string {
  const parts = [formatPeriod(p.figure.period, lang), p.article.site, formatDate(p.article.published, lang)];
  return parts.filter(Boolean).join(' · ');
}
