// The background's 'compare-figures' answer → one comparison context per figure.
// The background lists other articles only; figures of the same article join the history here, so a target
// printed in the same article as its result ("đạt 1.400 tỉ đồng, bằng 94% dự toán 1.490 tỉ") is still found.
import type { ArticleComparison } from '../messages/records.ts';
import type { FigureContext, SeriesPoint, SourceArticle } from './types.ts';

export function contextsFromComparison(cmp: ArticleComparison): FigureContext[] {
  const a = cmp.article;
  const article: SourceArticle = { id: a.id, url: a.url, site: a.site, ...(a.headline ? { headline: a.headline } : {}), ...(a.published ? { published: a.published } : {}) };
  // The index is the figure's place in the article's list as saved (what the page scrolls by), dismissed ones included.
  const shown = cmp.figures.map((fc, index) => ({ fc, index })).filter(({ fc }) => !fc.figure.dismissed);
  return shown.map(({ fc, index }) => {
    const f = fc.figure;
    const siblings: SeriesPoint[] = f.indicator
      ? shown.filter(({ fc: o }) => o.figure.id !== f.id && o.figure.seriesKey === f.seriesKey).map(({ fc: o }) => ({ figure: o.figure, article }))
      : [];
    return { figure: f, index, article, history: [...fc.history, ...siblings], conflicts: fc.conflicts };
  });
}
