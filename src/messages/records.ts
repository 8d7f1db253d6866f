// What the library stores and what queries answer with. Shared by the background, popup and library page.
import type { Figure, Modality } from '../extractor/figure.ts';
import type { Anchor } from './anchor.ts';

export interface StoredArticle {
  /** Normalised URL (no tracking parameters, no fragment): the article's identity. */
  id: string;
  url: string;
  canonicalUrl?: string;
  headline?: string;
  site: string;
  published?: string;
  locality?: string;
  firstSeen: number;
  lastSeen: number;
  extractorVersion: string;
}

/** Where a figure came from: the extractor, or a person (corrections and manual figures are kept apart). */
export type FigureOrigin = 'machine' | 'manual';

export interface StoredFigure extends Figure {
  /** Stable id: article id + anchor, so re-extraction finds the same figure again. */
  id: string;
  articleId: string;
  /** indicator + '|' + locality; empty parts when unknown. */
  seriesKey: string;
  anchor: Anchor;
  extractorVersion: string;
  origin: FigureOrigin;
  /** Set when a person corrected the machine's fields; the corrected values are already merged into this record. */
  corrected?: boolean;
  dismissed?: boolean;
}

/** What a person decided about one figure, kept apart from machine output so re-extraction never undoes it. */
export interface StoredCorrection {
  /** The figure this applies to (machine or manual). */
  figureId: string;
  articleId: string;
  /** Fields the person changed; merged over the machine's values whenever the figure is (re)written. */
  changes: Partial<Figure>;
  dismissed?: boolean;
  updatedAt: number;
}

/** Per-site preferences. Saving is on unless a person turned it off. */
export interface StoredSiteSetting {
  site: string;
  saving: boolean;
  updatedAt: number;
}

/** Enough of an article to show where a figure came from. */
export interface ArticleSummary {
  id: string;
  url: string;
  headline?: string;
  site: string;
  published?: string;
}

/** One figure together with the article it came from. */
export interface FigureWithArticle {
  figure: StoredFigure;
  article: ArticleSummary;
}

/** Figures of one series, period and modality (same kind and unit) whose values differ beyond printed rounding. */
export interface Conflict {
  seriesKey: string;
  period: string;
  modality: Modality;
  /** Sorted by published date, then article; at least two different articles. */
  entries: FigureWithArticle[];
}

/** compare-figures: each figure of one article with what the rest of the library says about its series. */
export interface FigureComparison {
  figure: StoredFigure;
  /** The same series in OTHER articles, sorted by period (then modality: actual, estimate, target). */
  history: FigureWithArticle[];
  /** Figures from other articles that contradict this one (same series, period, modality, kind and unit). */
  conflicts: FigureWithArticle[];
}

export interface ArticleComparison {
  article: StoredArticle;
  figures: FigureComparison[];
}
