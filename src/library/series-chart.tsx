// One indicator for one locality over time, drawn by hand in SVG. Actuals, estimates and targets differ in shape
// and line style (filled circle / hollow circle, dashed / hollow diamond, dotted), not by colour alone.
// Every point links to the article that printed it.
import { describeValue } from '../compare/describe.ts';
import { formatAmount, formatPeriod, type Lang } from '../shared/format-vi.ts';
import type { Dictionary } from '../shared/i18n.ts';
import type { FigureWithArticle } from '../messages/records.ts';
import type { Modality } from '../extractor/figure.ts';
import { chartModel, linePoints, type ChartPoint } from './chart-model.ts';

const LINE: Record<Modality, string> = { actual: '', estimate: '6 4', target: '2 4' };

function Marker({ p }: { p: Pick<ChartPoint, 'x' | 'y' | 'modality'> }) {
  const cls = `marker marker-${p.modality}`;
  if (p.modality === 'target') return <path class={cls} d={`M${p.x} ${p.y - 7}L${p.x + 7} ${p.y}L${p.x} ${p.y + 7}L${p.x - 7} ${p.y}Z`} />;
  return <circle class={cls} cx={p.x} cy={p.y} r={p.modality === 'actual' ? 5.5 : 5} />;
}

export function SeriesChart(props: { entries: FigureWithArticle[]; indicator: string; locality: string; lang: Lang; t: Dictionary }) {
  const { lang, t } = props;
  const m = chartModel(props.entries);
  const line = (pts: ChartPoint[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('');
  const modalities: Modality[] = ['actual', 'estimate', 'target'];
  return (
    <figure class="series-chart">
      <figcaption>
        <strong>{t.library.seriesTitle(props.indicator, props.locality)}</strong>
        <ul class="legend">
          {modalities.map((mod) => (
            <li key={mod}>
              <svg width="34" height="16" aria-hidden="true">
                <line class={`series-line line-${mod}`} x1="2" y1="8" x2="32" y2="8" stroke-dasharray={LINE[mod]} />
                <Marker p={{ x: 17, y: 8, modality: mod }} />
              </svg>
              {t.modality[mod]}
            </li>
          ))}
        </ul>
      </figcaption>
      <svg class="chart" viewBox={`0 0 ${m.width} ${m.height}`} role="group" aria-label={t.library.chartLabel(props.indicator, props.locality)}>
        {m.ticks.map((tick) => (
          <g key={tick.value} class="tick" aria-hidden="true">
            <line x1={m.plot.left} x2={m.plot.right} y1={tick.y} y2={tick.y} />
            <text x={m.plot.left - 6} y={tick.y + 4} text-anchor="end">{formatAmount(tick.value, m.unit, lang)}</text>
          </g>
        ))}
        {m.periods.map((p) => {
          const x = m.plot.left + ((m.plot.right - m.plot.left) / m.periods.length) * (m.periods.indexOf(p) + 0.5);
          return <text key={p} class="period" aria-hidden="true" x={x} y={m.height - 18} text-anchor="middle">{formatPeriod(p, lang)}</text>;
        })}
        {modalities.map((mod) => <path key={mod} class={`series-line line-${mod}`} d={line(linePoints(m.points, mod))} stroke-dasharray={LINE[mod]} aria-hidden="true" />)}
        {m.points.map((p) => {
          const e = p.entry;
          const label = t.library.pointLabel(describeValue(e.figure, lang), formatPeriod(e.figure.period, lang), t.modality[p.modality], e.article.site);
          return (
            <a key={e.figure.id} class="point" href={e.article.url} target="_blank" rel="noopener noreferrer" aria-label={label}>
              <title>{`${label}${e.article.headline ? ` — ${e.article.headline}` : ''}`}</title>
              {p.yHigh !== undefined ? <line class={`range range-${p.modality}`} x1={p.x} x2={p.x} y1={p.y} y2={p.yHigh} /> : null}
              <Marker p={p} />
            </a>
          );
        })}
      </svg>
      {m.omitted > 0 ? <p class="muted">{t.library.chartOmitted(m.omitted)}</p> : null}
    </figure>
  );
}
