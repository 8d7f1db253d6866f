// What people decide about figures. Every decision goes to the corrections store (or, for figures they add, to a
// figure with origin 'manual'), and is laid over the machine's output each time the figure is written.
import type { PageFigure } from '../../messages/contract.ts';
import type { StoredCorrection, StoredFigure } from '../../messages/records.ts';
import type { Figure } from '../../extractor/figure.ts';
import { siteOf } from '../../shared/url-normalise.ts';
import { writeTx, type LibraryDb } from '../db/open-db.ts';
import { batch } from '../db/batch.ts';
import { LibraryError } from '../db/errors.ts';
import { articleIdOf } from './article-queries.ts';
import { applyCorrection, buildFigure, figureFields } from './figure-record.ts';
import { manualFigureId } from './figure-id.ts';
import { writingArticles } from './article-summary.ts';

const NO_FIGURE = (id: string) => new LibraryError('not-found', `No figure with id ${id} in the library.`);

async function decide(db: LibraryDb, figureId: string, now: number, change: (c: StoredCorrection) => void): Promise<StoredFigure> {
  return writeTx(db, ['figures', 'corrections'], async (tx) => {
    const figures = tx.objectStore('figures');
    const corrections = tx.objectStore('corrections');
    const figure = await figures.get(figureId);
    if (!figure) throw NO_FIGURE(figureId);
    const c: StoredCorrection = (await corrections.get(figureId)) ?? { figureId, articleId: figure.articleId, changes: {}, updatedAt: now };
    change(c);
    c.updatedAt = now;
    await corrections.put(c);
    const next = applyCorrection(figure, c);
    await figures.put(next);
    return next;
  });
}

export function correctFigure(db: LibraryDb, figureId: string, changes: Partial<Record<keyof Figure, unknown>>, now = Date.now()): Promise<StoredFigure> {
  const fields = figureFields(changes);
  if (Object.keys(fields).length === 0) return Promise.reject(new LibraryError('invalid', 'The correction changes no field.'));
  return decide(db, figureId, now, (c) => { c.changes = { ...c.changes, ...fields }; });
}

export function dismissFigure(db: LibraryDb, figureId: string, now = Date.now()): Promise<StoredFigure> {
  return decide(db, figureId, now, (c) => { c.dismissed = true; });
}

/** A figure a person adds by hand; the article gets a minimal record if it was never saved. */
export async function addManualFigure(db: LibraryDb, url: string, pf: PageFigure, now = Date.now()): Promise<StoredFigure> {
  const articleId = articleIdOf(url);
  const id = manualFigureId(articleId, pf.anchor);
  return writingArticles(db, [articleId], () => writeTx(db, ['articles', 'figures'], async (tx) => {
    const articles = tx.objectStore('articles');
    let article = await articles.get(articleId);
    if (!article) {
      article = { id: articleId, url, site: siteOf(url) ?? '', firstSeen: now, lastSeen: now, extractorVersion: '' };
      await articles.put(article);
    }
    const figure = buildFigure(pf, { id, articleId, articleLocality: article.locality, extractorVersion: '', origin: 'manual' });
    await tx.objectStore('figures').put(figure);
    return figure;
  }));
}

/** Manual figures go; machine figures are dismissed instead, or the next save would bring them back. */
export async function deleteFigure(db: LibraryDb, figureId: string, now = Date.now()): Promise<{ deleted: boolean; dismissed: boolean }> {
  const figure = await db.get('figures', figureId);
  if (!figure) throw NO_FIGURE(figureId);
  if (figure.origin === 'machine') {
    await dismissFigure(db, figureId, now);
    return { deleted: false, dismissed: true };
  }
  await writeTx(db, ['figures', 'corrections'], async (tx) => {
    await tx.objectStore('figures').delete(figureId);
    await tx.objectStore('corrections').delete(figureId);
  });
  return { deleted: true, dismissed: false };
}

/** The article, its figures and the decisions about them, in one transaction. */
export async function deleteArticle(db: LibraryDb, articleId: string): Promise<{ deleted: boolean; figures: number }> {
  return writingArticles(db, [articleId], () => writeTx(db, ['articles', 'figures', 'corrections'], async (tx) => {
    const existed = (await tx.objectStore('articles').count(articleId)) > 0;
    const figureIds = await tx.objectStore('figures').index('articleId').getAllKeys(articleId);
    const correctionIds = await tx.objectStore('corrections').index('articleId').getAllKeys(articleId);
    await batch<unknown>([
      () => tx.objectStore('articles').delete(articleId),
      ...figureIds.map((id) => () => tx.objectStore('figures').delete(id)),
      ...correctionIds.map((id) => () => tx.objectStore('corrections').delete(id)),
    ]);
    return { deleted: existed, figures: figureIds.length };
  }));
}
