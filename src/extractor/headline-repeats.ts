// "Nghệ An: 1.096 trường đạt chuẩn quốc gia, tỷ lệ đỗ tốt nghiệp THPT đạt 98,43%" over "kỳ thi tốt nghiệp THPT năm 2023
// … tỷ lệ đỗ tốt nghiệp đạt 98,43%": a headline that names no period repeats a figure of the body, whose sentence says
// when it was; the headline's copy is of that period, not of the page's frame.
import type { Figure } from './figure.ts';
import type { PeriodMention } from './periods.ts';

export interface HeadFigure {
  figure: Figure;
  /** The head paragraph it stands in, in the normalised text. */
  from: number;
  to: number;
}

const key = (f: Figure) => `${f.kind}|${f.value}|${f.of ?? ''}|${f.high ?? ''}|${f.unit ?? ''}`;

/** What the body figures that repeat each value hold of `pick`, by the value's key. */
function byRepeat(body: readonly Figure[], pick: (f: Figure) => string | undefined): Map<string, Set<string | undefined>> {
  const out = new Map<string, Set<string | undefined>>();
  for (const f of body) {
    const k = key(f);
    let set = out.get(k);
    if (!set) out.set(k, (set = new Set()));
    set.add(pick(f));
  }
  return out;
}

/** Gives each head figure whose paragraph names no period the one period of the body figures that repeat it. */
export function dateHeadlineRepeats(heads: readonly HeadFigure[], body: readonly Figure[], mentions: readonly PeriodMention[]): void {
  if (heads.length === 0) return;
  const periodsOf = byRepeat(body, (f) => f.period);
  for (const { figure, from, to } of heads) {
    const periods = periodsOf.get(key(figure));
    if (!periods || periods.size !== 1) continue;
    const [period] = periods;
    // (A term or a school year in the body, "giai đoạn 2026 - 2030", restates a plan the head dates by its own frame.)
    if (period === undefined || period === figure.period || period.includes('/')) continue;
    if (mentions.some((m) => m.start < to && m.end > from)) continue;
    figure.period = period;
  }
}

// "Kinh tế tháng 5 và 5 tháng đầu năm 2024: Công nghiệp tăng 14,85%" over "chỉ số sản xuất công nghiệp … tính chung 5 tháng
// tăng 14,85%": a headline shortens the name of what its figure measures; when its words name no indicator and the body
// repeats the figure with exactly one, the headline's copy measures that (headline-repeat-indicator). Only rates and
// changes in per cent: an amount of money repeated ("cao nhất 412 triệu đồng") may be another thing's.
/** Gives each head figure with no indicator the one indicator of the body figures that repeat it. */
export function indicateHeadlineRepeats(heads: readonly HeadFigure[], body: readonly Figure[]): void {
  if (!heads.some((h) => h.figure.indicator === undefined)) return;
  const indicatorsOf = byRepeat(body, (f) => f.indicator);
  for (const { figure } of heads) {
    if (figure.indicator !== undefined || figure.unit !== '%') continue;
    const indicators = indicatorsOf.get(key(figure));
    if (!indicators || indicators.size !== 1) continue;
    const [indicator] = indicators;
    if (indicator !== undefined) figure.indicator = indicator;
  }
}
