// Saving an article's figures: idempotent, one transaction, corrections always re-applied.
// Same extractor version: figures are upserted (a page that grew keeps what was found before).
// Newer version: machine figures are rewritten and those no longer found are dropped.
// Older version (a tab still running an old content script): only lastSeen moves; nothing is downgraded.
import type { ArticleInfo, PageFigure } from '../../messages/contract.ts';
import type { StoredArticle, StoredCorrection, StoredFigure } from '../../messages/records.ts';
import type { SaveArticleResponse } from '../../messages/responses.ts';
import { normaliseUrl, siteOf, tryNormaliseUrl } from '../../shared/url-normalise.ts';
import { writeTx, type LibraryDb } from '../db/open-db.ts';
import { batch } from '../db/batch.ts';
import { buildFigure } from './figure-record.ts';
import { machineFigureIds } from './figure-id.ts';
import { stableStringify } from './stable-json.ts';
import { compareVersions } from './version.ts';
import { isSavingOn, siteKey } from './site-settings.ts';
import { writingArticles } from './article-summary.ts';
import { inReadingOrder } from './article-queries.ts';

export interface SaveInput {
  article: ArticleInfo;
  figures: PageFigure[];
  extractorVersion: string;
}

function mergeArticle(old: StoredArticle | undefined, info: ArticleInfo, id: string, version: string, now: number): StoredArticle {
  const canonical = info.canonicalUrl && tryNormaliseUrl(info.canonicalUrl) ? info.canonicalUrl : undefined;
  const next: StoredArticle = {
    ...(old ?? {}),
    id,
    // The first address seen stays: later visits with other tracking parameters are the same article.
    url: old?.url ?? info.url,
    site: siteKey(info.site),
    firstSeen: old?.firstSeen ?? now,
    lastSeen: Math.max(now, old?.lastSeen ?? 0),
    extractorVersion: old && compareVersions(old.extractorVersion, version) > 0 ? old.extractorVersion : version,
  };
  // A later visit that could not read a field does not erase what an earlier one found.
  if (canonical) next.canonicalUrl = canonical;
  if (info.headline) next.headline = info.headline;
  if (info.published) next.published = info.published;
  if (info.locality) next.locality = info.locality;
  return next;
}

export async function saveArticle(db: LibraryDb, input: SaveInput, now = Date.now()): Promise<SaveArticleResponse> {
  const articleId = normaliseUrl(input.article.url);
  const ids = machineFigureIds(articleId, input.figures.map((f) => f.anchor));
  const empty: SaveArticleResponse = { articleId, saved: false, added: 0, updated: 0, unchanged: 0, removed: 0, figureIds: [] };
  return writingArticles(db, [articleId], () => writeTx(db, ['articles', 'figures', 'corrections', 'settings'], async (tx) => {
    const articles = tx.objectStore('articles');
    const figures = tx.objectStore('figures');
    // All reads issued at once: the transaction runs them back to back without a round trip to us in between.
    const [savingOn, old, existing, decided] = await Promise.all([
      // Keyed by host name, as the page and the popup ask for it (the site's display name can change).
      isSavingOn(tx.objectStore('settings'), siteOf(input.article.url) ?? input.article.url),
      articles.get(articleId),
      figures.index('articleId').getAll(articleId),
      tx.objectStore('corrections').index('articleId').getAll(articleId),
    ]);
    if (!savingOn) return empty;
    const corrections = new Map<string, StoredCorrection>(decided.map((c) => [c.figureId, c]));
    const article = mergeArticle(old, input.article, articleId, input.extractorVersion, now);
    await articles.put(article);

    const result: SaveArticleResponse = { ...empty, saved: true, figureIds: ids };
    const versionOrder = old ? compareVersions(input.extractorVersion, old.extractorVersion) : 1;
    if (versionOrder < 0) {
      result.unchanged = existing.filter((f) => f.origin === 'machine').length;
      result.figureIds = ids.filter((id) => existing.some((f) => f.id === id));
      result.decided = decidedOf(existing);
      return result;
    }

    const before = new Map<string, StoredFigure>(existing.map((f) => [f.id, f]));
    const fresh = new Map<string, StoredFigure>();
    input.figures.forEach((pf, i) => {
      const id = ids[i]!;
      fresh.set(id, buildFigure(pf, {
        id, articleId, articleLocality: article.locality, extractorVersion: input.extractorVersion, origin: 'machine',
      }, corrections.get(id)));
    });
    const writes: (() => Promise<unknown>)[] = [];
    // What the store holds for the article once the writes are done, for the reply.
    const after = new Map(before);
    for (const [id, f] of fresh) {
      after.set(id, f);
      const prev = before.get(id);
      if (!prev) result.added++;
      else if (stableStringify(prev) === stableStringify(f)) { result.unchanged++; continue; }
      else result.updated++;
      writes.push(() => figures.put(f));
    }
    for (const prev of existing) {
      if (prev.origin !== 'machine' || fresh.has(prev.id)) continue;
      if (versionOrder > 0) { writes.push(() => figures.delete(prev.id)); after.delete(prev.id); result.removed++; }
      else result.unchanged++;
    }
    await batch(writes);
    result.decided = decidedOf(after.values());
    return result;
  }));
}

/** The reply's figures: those the reader decided on (dismissed, corrected or added), in reading order; a machine
 *  figure the reader left alone is what the page painted. */
function decidedOf(figures: Iterable<StoredFigure>): StoredFigure[] {
  const decided: StoredFigure[] = [];
  for (const f of figures) if (f.origin !== 'machine' || f.dismissed || f.corrected) decided.push(f);
  return inReadingOrder(decided);
}
