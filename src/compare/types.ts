// The comparison module's inputs and outputs. Inputs are what the background answers to 'compare-figures';
// outputs are the facts the popup and the library show, before they are put into words.
import type { Figure } from '../extractor/figure.ts';

/** A figure as the comparison needs it: stored figures carry an id and article id, page figures may not. */
export type CompareFigure = Figure & { id?: string; articleId?: string };

/** The article a figure was printed in. */
export interface SourceArticle {
  id?: string;
  url: string;
  headline?: string;
  site: string;
  published?: string;
}

/** One figure of a series together with its article. */
export interface SeriesPoint {
  figure: CompareFigure;
  article: SourceArticle;
}

/** One figure of the current article and what the library knows of its series. */
export interface FigureContext {
  figure: CompareFigure;
  /** Position of the figure in the page's list: what 'scroll-to-figure' needs. */
  index: number;
  /** The article the figure is in. */
  article?: SourceArticle;
  /** Other figures of the same indicator and locality (any article, any period). */
  history: SeriesPoint[];
  /** Figures the background already judged conflicting; checked again here so the badge and its words agree. */
  conflicts?: SeriesPoint[];
}

export interface Change {
  /** current − previous, in the figure's unit (percentage points when `points`). */
  absolute: number;
  /** Relative change in percent; left out for percentages (a change of a rate is told in points) and from zero. */
  relative?: number;
  points: boolean;
  direction: 'up' | 'down' | 'same';
}

export interface PreviousValue {
  point: SeriesPoint;
  change: Change;
  /** True when the previous figure is the same part of an earlier year ("cùng kỳ"). */
  samePart: boolean;
}

/** The plan next to the result: for an actual/estimate its target, for a target the result reached. */
export interface PlanComparison {
  /** What the other figure is. */
  role: 'target' | 'actual';
  point: SeriesPoint;
  /** actual ÷ target × 100, for amounts (not for percentages, whose plan is compared in points). */
  attainment?: number;
  /** actual − target in percentage points, for percentages. */
  gapPoints?: number;
  /** For a target range (8–9%): where the actual falls. */
  range?: 'below' | 'within' | 'above';
}

export interface Comparison {
  figure: CompareFigure;
  index: number;
  previous?: PreviousValue;
  plan?: PlanComparison;
  conflicts: SeriesPoint[];
}

export interface IndicatorGroup {
  /** Indicator id, or undefined for figures whose indicator the extractor could not tell. */
  indicator?: string;
  items: Comparison[];
}
