// The figure as defined by ../shared/spec/FIGURES.md. Every context (page, background, popup, CLI) speaks this shape.

export type FigureKind = 'level' | 'change' | 'attainment' | 'ratio';
export type Modality = 'actual' | 'estimate' | 'target';
export type Direction = 'up' | 'down';
export type Status = 'achieved' | 'exceeded' | 'nearly' | 'not_achieved' | 'pending';
export type Bound = 'over' | 'under' | 'at_least' | 'at_most' | 'about' | 'nearly';
/** `same_period`, `previous_period`, `target`, or a four-digit year such as `2022`. */
export type Base = 'same_period' | 'previous_period' | 'target' | `${number}`;

export interface Figure {
  /** Offsets into the text exactly as given, in UTF-16 code units; [start, end). */
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /** In base units: 1.400 tỉ đồng → 1400000000000; 0,69% → 0.69. */
  value: number;
  /** Ratios: the denominator. */
  of?: number;
  /** Ranges: the upper end. */
  high?: number;
  unit?: string;
  indicator?: string;
  locality?: string;
  /** `2023`, `2023-H1`, `2023-Q1`, `2023-9M`, `2023-M07`, `2020/2025`. */
  period?: string;
  modality?: Modality;
  direction?: Direction;
  base?: Base;
  status?: Status;
  bound?: Bound;
}

export interface ExtractOptions {
  /** Publication date as YYYY-MM-DD; the fallback period for figures whose sentence names none. */
  published?: string;
  /** The article's own place when the caller has already read it (from the headline, in an earlier part of the same
   *  page): it holds over what the text names first. */
  locality?: string;
  /** The place the site mostly writes about (a site adapter's, a provincial paper's province; any spelling the gazetteer
   *  knows: "Lâm Đồng", "TP. Hồ Chí Minh"): the page's place only when the page names none of its own. */
  homeLocality?: string;
}

/** What the extractor can tell about the article as a whole, besides its figures. */
export interface ArticleFacts {
  published?: string;
  locality?: string;
}

export interface ExtractResult extends ArticleFacts {
  figures: Figure[];
}
