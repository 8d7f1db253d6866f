// Messages sent TO a tab's content script (by the popup with tabs.sendMessage, and by the background when a keyboard
// command fires). Validated by the content script on receipt, like every other message.
import * as v from 'valibot';
import { FigureSchema } from './contract.ts';

export const PageMessageSchema = v.variant('type', [
  /** Scroll to the figure at `index` in the page's figure list (reading order, as saved) and open its card. */
  v.object({ type: v.literal('scroll-to-figure'), index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
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
  }),
  v.object({ id: v.number(), ok: v.literal(false), error: v.string() }),
]);
export type PortResponse = v.InferOutput<typeof PortResponseSchema>;
