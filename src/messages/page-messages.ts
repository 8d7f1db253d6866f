// Messages sent TO a tab's content script (by the popup with tabs.sendMessage, and by the background when a keyboard
// command fires). Validated by the content script on receipt, like every other message.
import * as v from 'valibot';
import { AnchorSchema, ArticleInfoSchema, FigureSchema, type Result } from './contract.ts';
import type { SaveArticleResponse } from './responses.ts';

export const PageMessageSchema = v.variant('type', [
  /** Scroll to a figure and open its card: the one stored under `id` (the popup lists the library's figures), else
   *  the one at `index` among the page's highlighted figures (reading order). */
  v.object({
    type: v.literal('scroll-to-figure'),
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
    id: v.optional(v.pipe(v.string(), v.maxLength(40))),
  }),
  /** The keyboard commands: move to the next / previous figure. */
  v.object({ type: v.literal('next-figure') }),
  v.object({ type: v.literal('previous-figure') }),
]);

export type PageMessage = v.InferOutput<typeof PageMessageSchema>;

/** What the content script answers: whether it had a figure to move to. */
export interface PageMessageResponse {
  ok: boolean;
  index?: number;
  count?: number;
}

export { PAGE_PORT_NAME } from './page-port-name.ts';

/** Over the page port: the content script asks the background to run the extractor on article text, so the
 *  extractor's work (and its one-time set-up) stays off the page's main thread and is paid once per browser session. */
export const PortRequestSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  type: v.literal('extract'),
  text: v.pipe(v.string(), v.maxLength(2_000_000)),
  published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  locality: v.optional(v.pipe(v.string(), v.maxLength(120))),
  /** The site's home place (its adapter's); the background falls back on the sender's provincial paper's province. */
  homeLocality: v.optional(v.pipe(v.string(), v.maxLength(120))),
  /** Present when `text` is the whole article of a page view that has not been saved yet: the background saves the
   *  figures it found as this article's (as `save-article` would, anchors taken from `text`), so the page sends no
   *  save of its own and waits for no reply. */
  save: v.optional(ArticleInfoSchema),
});
export type PortRequest = v.InferOutput<typeof PortRequestSchema>;

export const PortResponseSchema = v.variant('ok', [
  v.object({
    id: v.number(),
    ok: v.literal(true),
    /** EXTRACTOR_VERSION of the extractor that answered (saved with the figures). */
    version: v.pipe(v.string(), v.maxLength(40)),
    figures: v.array(FigureSchema),
    published: v.optional(v.string()),
    locality: v.optional(v.string()),
    /** With a `save` request: the ids the figures are saved under, in the order of `figures`. */
    figureIds: v.optional(v.array(v.pipe(v.string(), v.maxLength(40)))),
  }),
  v.object({ id: v.number(), ok: v.literal(false), error: v.string() }),
]);
export type PortResponse = v.InferOutput<typeof PortResponseSchema>;

/** Sent after a `save` request's answer, and only when the page must act on how the save went: it failed, saving is
 *  off for the site, or the library holds the reader's decisions on the article (dismissed, corrected or added
 *  figures). `result` is what `save-article` answers. */
export const PortSavedSchema = v.object({
  notice: v.literal('saved'),
  url: v.string(),
  result: v.variant('ok', [
    v.object({
      ok: v.literal(true),
      data: v.object({
        saved: v.boolean(),
        figureIds: v.array(v.string()),
        decided: v.optional(v.array(v.looseObject({
          ...FigureSchema.entries,
          id: v.string(),
          anchor: AnchorSchema,
          origin: v.picklist(['machine', 'manual']),
          dismissed: v.optional(v.boolean()),
          corrected: v.optional(v.boolean()),
        }))),
      }),
    }),
    v.object({ ok: v.literal(false), error: v.string() }),
  ]),
});
/** The notice as the background sends it (the schema checks the parts of `result` the page uses). */
export interface PortSaved {
  notice: 'saved';
  url: string;
  result: Result<SaveArticleResponse>;
}
