// Public face of the extractor: pure TypeScript, no DOM. Used by the content script, the CLI, tests and benchmarks.
// NOTE: early implementation (percentages only) while the grammar lands; the API below is stable.
import type { ExtractOptions, ExtractResult, Figure } from './figure.ts';

export type * from './figure.ts';
export const EXTRACTOR_VERSION = '0.1.0';

export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const figures: Figure[] = [];
  for (const m of text.matchAll(/\d+(?:,\d+)?%/g)) {
    const start = m.index;
    figures.push({ start, end: start + m[0].length, text: m[0], kind: 'level', unit: '%', value: Number(m[0].slice(0, -1).replace(',', '.')) });
  }
  return { published: options.published, locality: options.locality, figures };
}
