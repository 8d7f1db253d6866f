// Public face of the extractor: pure TypeScript, no DOM. Used by the content script, the CLI, tests and benchmarks.
import { extractFigures } from './extract.ts';
import type { ExtractOptions, ExtractResult } from './figure.ts';

export type * from './figure.ts';
/** Bumped whenever output can change, so stored machine figures are refreshed. */
export const EXTRACTOR_VERSION = '1.2.258';

/** Finds the figures in article text. Offsets point into `text` exactly as given. Never throws on any string. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return extractFigures(text, options);
}
