// What the extractor makes of every annotated article, as one digest per file. The library keeps figures stamped with
// EXTRACTOR_VERSION and drops an article's stale machine figures only when a newer version saves it again, so the
// version must change whenever the output can: the recorded digests are how a test tells that it did.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { extract } from '../../../src/extractor/index.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const RECORD = join(ROOT, 'test/corpus/extractor-outputs.json');

export interface OutputRecord {
  /** EXTRACTOR_VERSION the digests were recorded under. */
  version: string;
  /** Digest of the extractor's output, by the article's folder and file name ("seeds/000_….txt"). */
  digests: Record<string, string>;
}

/** Every annotated article: the shared seeds and our corpora. */
export function corpusFiles(): string[] {
  const dirs = [resolve(ROOT, '../shared/corpus/seeds'), ...readdirSync(join(ROOT, 'test/corpus'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'tools').map((d) => join(ROOT, 'test/corpus', d.name))];
  return dirs.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
}

export const keyOf = (file: string): string => `${basename(dirname(file))}/${basename(file)}`;

export function digestOf(file: string): string {
  const result = extract(readFileSync(file, 'utf8'));
  return createHash('sha256').update(JSON.stringify(result)).digest('hex').slice(0, 16);
}

export function readRecord(): OutputRecord | undefined {
  return existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, 'utf8')) as OutputRecord) : undefined;
}
