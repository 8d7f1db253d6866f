// Messages sent TO a tab's content script (by the popup with tabs.sendMessage, and by the background when a keyboard
// command fires). Validated by the content script on receipt, like every other message.
import * as v from 'valibot';

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

/** The name of the runtime port a content script keeps open, so it notices when the extension goes away. */
export const PAGE_PORT_NAME = 'soi-so-page';
