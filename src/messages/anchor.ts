/** Text-quote anchor: the figure's exact text with a little context either side. */
export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context kept either side of a figure. */
export const ANCHOR_CONTEXT = 32;

/** The anchor of `text[start, end)`: the page and the background make the same one from the same article text, so a
 *  figure gets the same id whichever of them sent it to the library. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
  };
}
