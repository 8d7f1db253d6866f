// Full export. Records are sorted by key and their fields by name, one record a line, so the same library always
// gives the same bytes. `exportedAt` is the time of the newest change in the library (not the clock at export),
// which keeps export → clear → import → export byte-identical; null for an empty library.
import type { StoredArticle, StoredCorrection, StoredFigure, StoredSiteSetting } from '../../messages/records.ts';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION } from '../../messages/library-file.ts';
import type { LibraryDb } from '../db/open-db.ts';
import { readInBatches } from './read-batches.ts';
import { canonicalArticle, canonicalCorrection, canonicalFigure, canonicalSetting } from './canonical-records.ts';

export interface LibrarySnapshot {
  articles: StoredArticle[];
  figures: StoredFigure[];
  corrections: StoredCorrection[];
  settings: StoredSiteSetting[];
}

/** Everything in one read transaction (getAll returns records in key order). */
export async function snapshot(db: LibraryDb): Promise<LibrarySnapshot> {
  const tx = db.transaction(['articles', 'figures', 'corrections', 'settings']);
  const [articles, figures, corrections, settings] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('figures').getAll(),
    tx.objectStore('corrections').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  return { articles, figures, corrections, settings };
}

function newestChange(s: Omit<LibrarySnapshot, 'figures'>): string | null {
  let t = -1;
  for (const a of s.articles) t = Math.max(t, a.lastSeen);
  for (const c of s.corrections) t = Math.max(t, c.updatedAt);
  for (const x of s.settings) t = Math.max(t, x.updatedAt);
  return t < 0 ? null : new Date(t).toISOString();
}

// Every field name a stored record can have, at any depth, sorted: the canonical key order. The exporter no longer
// passes it to JSON.stringify (./canonical-records.ts builds records in this order, 3× quicker); the unit tests check
// that both give the same bytes.
export const EXPORT_KEYS = [
  // StoredArticle
  'id', 'url', 'canonicalUrl', 'headline', 'site', 'published', 'locality', 'firstSeen', 'lastSeen', 'extractorVersion',
  // Figure, StoredFigure, Anchor
  'start', 'end', 'text', 'kind', 'value', 'of', 'high', 'unit', 'indicator', 'period', 'modality', 'direction', 'base',
  'status', 'bound', 'articleId', 'seriesKey', 'anchor', 'exact', 'prefix', 'suffix', 'origin', 'corrected', 'dismissed',
  // StoredCorrection, StoredSiteSetting
  'figureId', 'changes', 'updatedAt', 'saving',
].sort();

function list<T>(records: T[], canonical: (r: T) => object): string {
  return records.length ? `[\n${records.map((r) => JSON.stringify(canonical(r))).join(',\n')}\n]` : '[]';
}

function header(s: Omit<LibrarySnapshot, 'figures'>): string {
  // Key order is alphabetical except the header, which comes first so a person (or a sniffer) sees what this is.
  return `{"format":${JSON.stringify(LIBRARY_FILE_FORMAT)},"version":${LIBRARY_FILE_VERSION},"exportedAt":${JSON.stringify(newestChange(s))},\n`
    + `"articles":${list(s.articles, canonicalArticle)},\n"corrections":${list(s.corrections, canonicalCorrection)},\n"figures":`;
}

/** Figures read per batch while streaming an export (about 1 M characters of JSON). */
export const EXPORT_BATCH = 2000;

/**
 * The export file, handed to `sink` piece by piece as the figures are read: one read transaction, so the pieces
 * are one consistent snapshot even while saves go on. Joined, the pieces are the file; `sink` must be synchronous.
 */
export async function streamJson(db: LibraryDb, sink: (piece: string) => void, batch = EXPORT_BATCH): Promise<void> {
  const tx = db.transaction(['articles', 'figures', 'corrections', 'settings']);
  const [articles, corrections, settings] = await Promise.all([
    tx.objectStore('articles').getAll(), tx.objectStore('corrections').getAll(), tx.objectStore('settings').getAll(),
  ]);
  sink(header({ articles, corrections, settings }));
  let first = true;
  await readInBatches(tx, 'figures', batch, (figures) => {
    if (figures.length === 0) return;
    sink(`${first ? '[\n' : ',\n'}${figures.map((f) => JSON.stringify(canonicalFigure(f))).join(',\n')}`);
    first = false;
  });
  sink(`${first ? '[]' : '\n]'},\n"settings":${list(settings, canonicalSetting)}}\n`);
}

export function exportFileName(kind: 'json' | 'csv', now = new Date()): string {
  return `soi-so-library-${now.toISOString().slice(0, 10)}.${kind === 'json' ? 'json' : 'figures.csv'}`;
}

export async function exportJson(db: LibraryDb): Promise<{ text: string; filename: string }> {
  const pieces: string[] = [];
  await streamJson(db, (p) => pieces.push(p));
  return { text: pieces.join(''), filename: exportFileName('json') };
}
