// Builders for library tests: articles and page figures as the content script sends them.
import 'fake-indexeddb/auto';
import type { ArticleInfo, PageFigure } from '../../../src/messages/contract.ts';
import { openLibraryDb, type LibraryDb } from '../../../src/background/db/open-db.ts';

let n = 0;
export async function freshDb(): Promise<LibraryDb> {
  return openLibraryDb(`test-library-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`);
}

export function article(url: string, extra: Partial<ArticleInfo> = {}): ArticleInfo {
  return { url, site: new URL(url).hostname.replace(/^www\./, ''), headline: `Tin ${url}`, published: '2023-12-20', ...extra };
}

/** A page figure whose anchor is its text with the given context. */
export function fig(text: string, value: number, extra: Partial<PageFigure> = {}, context: [string, string] = ['', '']): PageFigure {
  return {
    start: extra.start ?? 0,
    end: (extra.start ?? 0) + text.length,
    text,
    kind: 'level',
    value,
    ...extra,
    anchor: { exact: text, prefix: context[0], suffix: context[1] },
  } as PageFigure;
}

export const POVERTY = { indicator: 'poverty_rate', locality: 'tỉnh Bến Tre', unit: '%' } as const;
export const BUDGET = { indicator: 'budget_revenue', locality: 'tỉnh Bến Tre', unit: 'VND' } as const;

/** Runs `work` while IndexedDB lets `allowed` puts through and then runs out of space, as a real disk does mid-transaction. */
export async function withStorageFullAfter<T>(allowed: number, work: () => Promise<T>): Promise<T> {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++calls > allowed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  } as IDBObjectStore['put'];
  try {
    return await work();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
}
