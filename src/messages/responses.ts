// What the background answers to each request type. Senders get these types through sendMessage().
import type { RequestType } from './contract.ts';
import type {
  ArticleComparison, ArticleSummary, Conflict, FigureWithArticle, StoredArticle, StoredFigure,
} from './records.ts';

export interface SaveArticleResponse {
  articleId: string;
  /** false when saving is turned off for the site; nothing was written. */
  saved: boolean;
  /** Machine figures that were new, changed, unchanged, and no longer found (removed) by this save. */
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** The article's figures in the library after the save that carry a decision of the reader's (dismissed,
   *  corrected, or added by the reader), in reading order: the page applies them without asking again. Only these:
   *  a reply with every stored figure cost a 1 MB page some 25–35 ms of one task to take in (BENCHMARKS.md, session
   *  23); whoever needs the whole list asks `get-article`. Absent when nothing was saved. */
  decided?: StoredFigure[];
  /** Ids of the saved figures, in the order they were sent. */
  figureIds: string[];
}

export interface SearchResponse {
  /** All matches, before limit/offset. */
  total: number;
  /** Sorted by publication date (newest first), then article, then position in the article. */
  items: FigureWithArticle[];
}

export interface CountsResponse {
  articles: number;
  figures: number;
  machineFigures: number;
  manualFigures: number;
  corrected: number;
  dismissed: number;
  sites: number;
}

/** One page of the library page's bulk read. Figures not dismissed, in key order; their articles, each once. */
export interface ListFiguresResponse {
  figures: StoredFigure[];
  articles: ArticleSummary[];
  /** Pass as `after` for the next page; absent on the last page. */
  next?: string;
}

export interface ImportResponse {
  articles: number;
  figures: number;
  corrections: number;
  settings: number;
}

export interface ResponseMap {
  /** `notice`: why the library was last closed under the worker (e.g. a newer version needed it), when it was. */
  'ping': { pong: true; notice?: string };
  'save-article': SaveArticleResponse;
  /** null when the article is not in the library. */
  'get-article': { article: StoredArticle; figures: StoredFigure[] } | null;
  /** null when the article is not in the library. */
  'compare-figures': ArticleComparison | null;
  /** Sorted by period, then modality (actual, estimate, target), then publication date. Dismissed figures left out. */
  'get-series': FigureWithArticle[];
  'get-conflicts': Conflict[];
  'search': SearchResponse;
  'counts': CountsResponse;
  'list-figures': ListFiguresResponse;
  'correct-figure': StoredFigure;
  'dismiss-figure': StoredFigure;
  'add-figure': StoredFigure;
  /** Manual figures are deleted; machine figures are dismissed instead (otherwise re-extraction would bring them back). */
  'delete-figure': { deleted: boolean; dismissed: boolean };
  'delete-article': { deleted: boolean; figures: number };
  /** The library page saves `text` through a Blob download under `filename`. */
  'export-json': { text: string; filename: string };
  'export-csv': { text: string; filename: string };
  'import-json': ImportResponse;
  'clear-all': { cleared: true };
  'get-site-settings': { site: string; saving: boolean };
  'set-site-saving': { site: string; saving: boolean };
}

export type ResponseFor<T extends RequestType> = ResponseMap[T];
