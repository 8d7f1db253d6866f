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

/** Gives each head figure whose paragraph names no period the one period of the body figures that repeat it. */
export function dateHeadlineRepeats(heads: readonly HeadFigure[], body: readonly Figure[], mentions: readonly PeriodMention[]): void {
  if (heads.length === 0) return;
  const periodsOf = new Map<string, Set<string | undefined>>();
  for (const f of body) {
    const k = key(f);
    let set = periodsOf.get(k);
    if (!set) periodsOf.set(k, (set = new Set()));
    set.add(f.period);
  }
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
