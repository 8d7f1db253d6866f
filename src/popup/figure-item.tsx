// One figure of the article with what the library says about it: previous value, change, plan, conflicts.
import { describeChange, describeContext, describePlan, describeSource, describeValue } from '../compare/describe.ts';
import type { Comparison } from '../compare/types.ts';
import { formatDate, formatValue, type Lang } from '../shared/format-vi.ts';
import type { Dictionary } from '../shared/i18n.ts';

interface Props {
  item: Comparison;
  /** The comparisons are still loading: say so rather than "nothing earlier". */
  comparing?: boolean;
  lang: Lang;
  t: Dictionary;
  onScroll(index: number, id: string | undefined): void;
  onSeries?(series: { indicator: string; locality: string }): void;
}

export function FigureItem({ item, comparing, lang, t, onScroll, onSeries }: Props) {
  const { figure, previous, plan, conflicts } = item;
  const modality = figure.modality ?? 'actual';
  return (
    <li class={`figure modality-${modality}`} data-figure-index={item.index}>
      <button type="button" class="figure-main" title={t.popup.scrollHint} onClick={() => onScroll(item.index, item.figure.id)}>
        <span class="figure-value">{describeValue(figure, lang)}</span>
        <span class="figure-context">{describeContext(figure, lang, false)}</span>
      </button>
      {previous ? (
        <p class="previous">
          <span class="label">{t.popup.previous}{previous.samePart && figure.period && /-/.test(figure.period) ? ` (${t.popup.samePart})` : ''}: </span>
          <span class="previous-value">{formatValue(previous.point.figure, lang)}</span>{' '}
          <span class="source">({describeSource(previous.point, lang)})</span>
          {' → '}
          <strong class={`change change-${previous.change.direction}`}>{describeChange(previous.change, figure.unit, lang)}</strong>
        </p>
      ) : comparing ? (
        <p class="previous muted">{t.popup.comparing}</p>
      ) : figure.period && modality !== 'target' ? (
        <p class="previous muted">{t.popup.noPrevious}</p>
      ) : null}
      {plan ? (
        <p class="plan">
          <span class="label">{plan.role === 'target' ? t.popup.plan : t.popup.result}: </span>
          <span class="plan-value">{formatValue(plan.point.figure, lang)}</span>
          {' → '}
          <strong>{describePlan(plan, lang)}</strong>
        </p>
      ) : null}
      {conflicts.length > 0 ? (
        <div class="conflict" role="note">
          <span class="badge badge-conflict"><span aria-hidden="true">⚠ </span>{t.popup.conflictBadge}</span>
          <ul>
            {conflicts.map((c) => (
              <li key={c.figure.id ?? c.article.url}>
                <a href={c.article.url} target="_blank" rel="noopener noreferrer" title={c.article.headline}>
                  {t.popup.conflictText(formatValue(c.figure, lang), c.article.site)}
                </a>
                {c.article.published ? <span class="source"> · {formatDate(c.article.published, lang)}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {figure.indicator && figure.locality && onSeries ? (
        <button type="button" class="link-button series-link" onClick={() => onSeries({ indicator: figure.indicator!, locality: figure.locality! })}>
          {t.popup.openSeries}
        </button>
      ) : null}
    </li>
  );
}
