// The one message contract between the content script, the popup, the library page and the background.
// Every request is validated with these schemas where it is received (the background); senders get types from them.
import * as v from 'valibot';
import { PERIOD_FORMAT } from './period-format.ts';

const Kind = v.picklist(['level', 'change', 'attainment', 'ratio']);
const ModalitySchema = v.picklist(['actual', 'estimate', 'target']);

export const FigureSchema = v.object({
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.pipe(v.string(), v.maxLength(500)),
  kind: Kind,
  value: v.pipe(v.number(), v.finite()),
  of: v.optional(v.pipe(v.number(), v.finite())),
  high: v.optional(v.pipe(v.number(), v.finite())),
  unit: v.optional(v.pipe(v.string(), v.maxLength(80))),
  indicator: v.optional(v.pipe(v.string(), v.maxLength(80))),
  locality: v.optional(v.pipe(v.string(), v.maxLength(120))),
  period: v.optional(v.pipe(v.string(), v.regex(PERIOD_FORMAT))),
  modality: v.optional(ModalitySchema),
  direction: v.optional(v.picklist(['up', 'down'])),
  base: v.optional(v.union([v.picklist(['same_period', 'previous_period', 'target']), v.pipe(v.string(), v.regex(/^\d{4}$/))])),
  status: v.optional(v.picklist(['achieved', 'exceeded', 'nearly', 'not_achieved', 'pending'])),
  bound: v.optional(v.picklist(['over', 'under', 'at_least', 'at_most', 'about', 'nearly'])),
});

/** Text-quote anchor (as in the W3C annotation model / Hypothesis): finds the figure again on the page. */
export const AnchorSchema = v.object({
  exact: v.pipe(v.string(), v.maxLength(500)),
  prefix: v.pipe(v.string(), v.maxLength(64)),
  suffix: v.pipe(v.string(), v.maxLength(64)),
});

/** A figure as the page sends it: the extractor's output plus where it sits in the article. */
export const PageFigureSchema = v.object({ ...FigureSchema.entries, anchor: AnchorSchema });

export const ArticleInfoSchema = v.object({
  url: v.pipe(v.string(), v.url(), v.maxLength(2048)),
  canonicalUrl: v.optional(v.pipe(v.string(), v.url(), v.maxLength(2048))),
  headline: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  site: v.pipe(v.string(), v.maxLength(200)),
  published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  locality: v.optional(v.pipe(v.string(), v.maxLength(120))),
});

const SeriesKey = v.pipe(v.string(), v.maxLength(300));
// Article ids are normalised URLs, which may be long.
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));

export const SearchQuerySchema = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(200))),
  indicator: v.optional(v.string()),
  locality: v.optional(v.string()),
  period: v.optional(v.string()),
  site: v.optional(v.string()),
  modality: v.optional(ModalitySchema),
  conflictsOnly: v.optional(v.boolean()),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200_000))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** Each request: `type` names it; the rest is its payload. */
export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  v.object({ type: v.literal('save-article'), article: ArticleInfoSchema, figures: v.pipe(v.array(PageFigureSchema), v.maxLength(5000)), extractorVersion: v.string() }),
  v.object({ type: v.literal('get-article'), url: v.string() }),
  v.object({ type: v.literal('compare-figures'), url: v.string() }),
  v.object({ type: v.literal('get-series'), seriesKey: SeriesKey }),
  v.object({ type: v.literal('get-conflicts'), seriesKey: v.optional(SeriesKey) }),
  v.object({ type: v.literal('search'), query: SearchQuerySchema }),
  v.object({ type: v.literal('counts') }),
  // The library page's bulk read: every figure in pages of `limit`, in key order, from after the figure id `after`.
  v.object({ type: v.literal('list-figures'), after: v.optional(Id), limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20_000)) }),
  v.object({ type: v.literal('correct-figure'), figureId: Id, changes: v.partial(FigureSchema) }),
  v.object({ type: v.literal('dismiss-figure'), figureId: Id }),
  v.object({ type: v.literal('add-figure'), url: v.string(), figure: PageFigureSchema }),
  v.object({ type: v.literal('delete-figure'), figureId: Id }),
  v.object({ type: v.literal('delete-article'), articleId: Id }),
  v.object({ type: v.literal('export-json') }),
  v.object({ type: v.literal('export-csv') }),
  v.object({ type: v.literal('import-json'), json: v.pipe(v.string(), v.maxLength(512 * 1024 * 1024)) }),
  v.object({ type: v.literal('clear-all'), confirm: v.literal(true) }),
  v.object({ type: v.literal('get-site-settings'), site: v.string() }),
  v.object({ type: v.literal('set-site-saving'), site: v.string(), saving: v.boolean() }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];
export type PageFigure = v.InferOutput<typeof PageFigureSchema>;
export type ArticleInfo = v.InferOutput<typeof ArticleInfoSchema>;
export type SearchQuery = v.InferOutput<typeof SearchQuerySchema>;

/** Failures come back as results with a reason a person can read, never as rejected promises. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string; code?: ErrorCode };

/** Why a request failed, for UIs that react differently (e.g. a storage-full notice). */
export type ErrorCode = 'invalid' | 'refused' | 'not-found' | 'quota' | 'blocked' | 'unavailable' | 'internal';
