// Saving, reading and deciding about figures.
import { libraryNotice } from '../db/open-db.ts';
import { compareFigures, getArticle } from '../library/article-queries.ts';
import { addManualFigure, correctFigure, deleteArticle, deleteFigure, dismissFigure } from '../library/corrections.ts';
import { counts } from '../library/counts.ts';
import { saveArticle } from '../library/save-article.ts';
import { search } from '../library/search.ts';
import { getConflicts, getSeries } from '../library/series.ts';
import type { HandlerGroup } from './types.ts';

type Types = 'ping' | 'save-article' | 'get-article' | 'compare-figures' | 'get-series' | 'get-conflicts' | 'search'
  | 'counts' | 'correct-figure' | 'dismiss-figure' | 'add-figure' | 'delete-figure' | 'delete-article';

export const libraryStore: HandlerGroup<Types> = {
  'ping': async () => {
    const notice = libraryNotice();
    return notice ? { pong: true, notice } : { pong: true };
  },
  'save-article': (r, db) => saveArticle(db, { article: r.article, figures: r.figures, extractorVersion: r.extractorVersion }),
  'get-article': (r, db) => getArticle(db, r.url),
  'compare-figures': (r, db) => compareFigures(db, r.url),
  'get-series': (r, db) => getSeries(db, r.seriesKey),
  'get-conflicts': (r, db) => getConflicts(db, r.seriesKey),
  'search': (r, db) => search(db, r.query),
  'counts': (_r, db) => counts(db),
  'correct-figure': (r, db) => correctFigure(db, r.figureId, r.changes),
  'dismiss-figure': (r, db) => dismissFigure(db, r.figureId),
  'add-figure': (r, db) => addManualFigure(db, r.url, r.figure),
  'delete-figure': (r, db) => deleteFigure(db, r.figureId),
  'delete-article': (r, db) => deleteArticle(db, r.articleId),
};
