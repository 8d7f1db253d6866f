// What the library stores and what queries answer with. Shared by the background, popup and library page.
import type { Figure } from '../extractor/figure.ts';
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
