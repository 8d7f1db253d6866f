// How figures look on the page. Actuals, estimates and targets differ by line style (solid, dashed, dotted) as well
// as by colour, so the difference survives colour blindness and greyscale. The same rules serve the Highlight API
// (::highlight) and the fallback element (soi-so-mark).
import type { Modality } from '../extractor/figure.ts';
import { addStyles } from './style-sheet.ts';

export const MODALITIES: readonly Modality[] = ['actual', 'estimate', 'target'];
export const highlightName = (m: Modality | 'active') => `soi-so-${m}`;

const LOOK: Record<Modality | 'active', { bg: string; line: string; style: string }> = {
  actual: { bg: 'rgba(255, 213, 79, 0.35)', line: '#b26a00', style: 'solid' },
  estimate: { bg: 'rgba(129, 212, 250, 0.35)', line: '#01579b', style: 'dashed' },
  target: { bg: 'rgba(165, 214, 167, 0.4)', line: '#1b5e20', style: 'dotted' },
  active: { bg: 'rgba(255, 152, 0, 0.55)', line: '#e65100', style: 'double' },
};

function rule(selector: string, m: Modality | 'active'): string {
  const l = LOOK[m];
  return `${selector}{background-color:${l.bg};text-decoration-line:underline;text-decoration-style:${l.style};` +
    `text-decoration-color:${l.line};text-decoration-thickness:2px;}`;
}

/** Page-level rules: ::highlight() for the Highlight API, attribute rules for fallback marks (which add no box:
 *  display stays inline and nothing is padded, so the page's layout does not move).
 *  `html::highlight()` rather than `::highlight()`: a new sheet with a universal rule makes Chromium restyle every
 *  element of the page (≈ 80 ms on a 1 MB page), one keyed on <html> restyles one element (≈ 2 ms), and Chromium's
 *  highlight inheritance carries the style down to all text. Browsers without highlight inheritance get the
 *  universal form (`inheritance: false`). `painter` limits the rules to the ones that painter needs (both when
 *  not given): a smaller sheet is parsed and matched sooner. */
export function pageCss(inheritance = true, painter?: 'highlight-api' | 'elements'): string {
  const parts: string[] = [];
  const scope = inheritance ? 'html' : '';
  for (const m of [...MODALITIES, 'active'] as const) {
    if (painter !== 'elements') parts.push(rule(`${scope}::highlight(${highlightName(m)})`, m));
    if (painter !== 'highlight-api') parts.push(rule(m === 'active' ? 'soi-so-mark[data-active]' : `soi-so-mark[data-modality="${m}"]`, m));
  }
  if (painter !== 'highlight-api') parts.push('soi-so-mark{display:inline;margin:0;padding:0;border:0;font:inherit;color:inherit;}');
  return parts.join('\n');
}

/** Adds the page-level rules to `doc` for `painter`, where the manifest's content-script `css` did not bring them
 *  (tests, benchmarks: PageEnv.pageStyles); returns their removal. Highlight inheritance (html::highlight reaching all
 *  text) is Chromium's; Firefox gets the universal rule. */
export function addPageStyles(doc: Document, painter: 'highlight-api' | 'elements'): () => void {
  const inheritance = !doc.defaultView!.navigator.userAgent.includes('Firefox/');
  return addStyles(doc, pageCss(inheritance, painter));
}
