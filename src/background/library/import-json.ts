// Import: the whole file is validated first, then written in ONE transaction (all or nothing). Records are put by
// key, so importing the same file twice changes nothing; an article already in the library keeps the earliest
// firstSeen and the latest lastSeen.
import * as v from 'valibot';
import { LibraryFileHeaderSchema, LibraryFileSchema, LIBRARY_FILE_VERSION, type LibraryFile } from '../../messages/library-file.ts';
import type { ImportResponse } from '../../messages/responses.ts';
import { writeTx, type LibraryDb } from '../db/open-db.ts';
import { batch } from '../db/batch.ts';
import { LibraryError } from '../db/errors.ts';
import { seriesKeyOf } from '../../messages/series-key.ts';
import { writingArticles } from './article-summary.ts';

function invalid(msg: string): LibraryError {
  return new LibraryError('invalid', `This file cannot be imported: ${msg} Nothing was changed.`);
}

function duplicates(keys: string[], what: string): void {
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) throw invalid(`${what} ${k.slice(0, 120)} appears twice.`);
    seen.add(k);
  }
}

/** Parses and checks a library file; throws a LibraryError that says what is wrong. */
export function parseLibraryFile(text: string): LibraryFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('it is not a JSON file.');
  }
  const header = v.safeParse(LibraryFileHeaderSchema, raw);
  if (!header.success) throw invalid('it is not a Soi Số library export.');
  if (header.output.version > LIBRARY_FILE_VERSION) {
    throw invalid(`it was made by a newer version of Soi Số (file version ${header.output.version}); update the extension first.`);
  }
  const parsed = v.safeParse(LibraryFileSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    throw invalid(`${where ? `at ${where}: ` : ''}${issue?.message ?? 'unexpected content'}.`);
  }
  const file = parsed.output;
  duplicates(file.articles.map((a) => a.id), 'Article');
  duplicates(file.figures.map((f) => f.id), 'Figure');
  duplicates(file.corrections.map((c) => c.figureId), 'Correction for figure');
  duplicates(file.settings.map((s) => s.site), 'Setting for site');
  const articleIds = new Set(file.articles.map((a) => a.id));
  for (const f of file.figures) {
    if (!articleIds.has(f.articleId)) throw invalid(`figure ${f.id} belongs to an article that is not in the file.`);
    if (!f.id.startsWith(f.origin === 'manual' ? 'm' : 'f')) throw invalid(`figure ${f.id} has an id that does not match its origin.`);
    if (f.seriesKey !== seriesKeyOf(f)) throw invalid(`figure ${f.id} has a series key that does not match its indicator and locality.`);
  }
  for (const c of file.corrections) {
    if (!articleIds.has(c.articleId)) throw invalid(`the correction of figure ${c.figureId} belongs to an article that is not in the file.`);
  }
  return file;
}

export async function importJson(db: LibraryDb, text: string): Promise<ImportResponse> {
  const file = parseLibraryFile(text);
  await writingArticles(db, 'all', () => writeTx(db, ['articles', 'figures', 'corrections', 'settings'], async (tx) => {
    const articles = tx.objectStore('articles');
    const existing = await Promise.all(file.articles.map((a) => articles.get(a.id)));
    await batch<unknown>([
      ...file.articles.map((a, i) => () => {
        const old = existing[i];
        return articles.put(old ? { ...a, firstSeen: Math.min(a.firstSeen, old.firstSeen), lastSeen: Math.max(a.lastSeen, old.lastSeen) } : a);
      }),
      ...file.figures.map((f) => () => tx.objectStore('figures').put(f as never)),
      ...file.corrections.map((c) => () => tx.objectStore('corrections').put(c as never)),
      ...file.settings.map((s) => () => tx.objectStore('settings').put(s)),
    ]);
  }));
  return { articles: file.articles.length, figures: file.figures.length, corrections: file.corrections.length, settings: file.settings.length };
}

/** Empties the whole library (articles, figures, corrections and site settings) in one transaction. */
export async function clearAll(db: LibraryDb): Promise<{ cleared: true }> {
  await writingArticles(db, 'all', () => writeTx(db, ['articles', 'figures', 'corrections', 'settings'], async (tx) => {
    await Promise.all([
      tx.objectStore('articles').clear(), tx.objectStore('figures').clear(),
      tx.objectStore('corrections').clear(), tx.objectStore('settings').clear(),
    ]);
  }));
  return { cleared: true };
}
