/** Text-quote anchor: the figure's exact text with a little context either side. */
export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
}
