// The library page's bulk read ('list-figures'): pages in key order that together hold every live figure once.
import { describe, expect, it } from 'vitest';
import { listFigures } from '../../../src/background/handlers/library-listing.ts';
import { saveArticle } from '../../../src/background/library/save-article.ts';
import { route } from '../../../src/background/router.ts';
import { article, fig, freshDb, POVERTY } from '../background/helpers.ts';

async function seeded(articles: number, perArticle: number) {
  const db = await freshDb();
  for (let a = 0; a < articles; a++) {
    const figures = Array.from({ length: perArticle }, (_, i) => fig(`${i},5%`, i + 0.5, { ...POVERTY, start: i * 20, period: '2023' }, [`bài ${a} đoạn ${i} `, '']));
    await saveArticle(db, { article: article(`https://baodongkhoi.vn/tin/${a}.html`), figures, extractorVersion: '1.0.0' });
  }
  return db;
}

describe('list-figures', () => {
  it('pages through every figure exactly once, with each page’s articles', async () => {
    const db = await seeded(7, 9);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listFigures(db, after, 10);
      pages += 1;
      const articleIds = new Set(page.articles.map((a) => a.id));
      for (const f of page.figures) expect(articleIds.has(f.articleId)).toBe(true);
      seen.push(...page.figures.map((f) => f.id));
      after = page.next;
    } while (after);
    expect(pages).toBe(7);
    expect(new Set(seen).size).toBe(63);
    expect(seen).toHaveLength(63);
  });

  it('is answered through the router for the extension’s own pages', async () => {
    const db = await seeded(1, 3);
    const reply = await route({ type: 'list-figures', limit: 2 }, { id: 'ext', url: 'chrome-extension://ext/src/library/index.html' },
      { extensionId: 'ext', extensionUrl: 'chrome-extension://ext/', db: async () => db });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect((reply.data as { figures: unknown[]; next?: string }).figures).toHaveLength(2);
    const bad = await route({ type: 'list-figures', limit: 0 }, { id: 'ext' }, { extensionId: 'ext', extensionUrl: 'chrome-extension://ext/', db: async () => db });
    expect(bad.ok).toBe(false);
  });
});
