// What the popup has to say about the current tab, decided before anything is drawn.
import { contextsFromComparison } from '../compare/from-response.ts';
import { groupByIndicator } from '../compare/compare.ts';
import type { IndicatorGroup } from '../compare/types.ts';
import type { StoredArticle } from '../messages/records.ts';
import { siteOf } from '../shared/url-normalise.ts';
import type { PopupEnv } from './popup-env.ts';

export type PopupState =
  | { kind: 'not-article' }
  | { kind: 'not-readable'; origin: string; site: string; tabId: number }
  | { kind: 'error'; message: string }
  | { kind: 'not-saved'; tabId: number; site: string; saving: boolean }
  | { kind: 'no-figures'; tabId: number; site: string; saving: boolean; article: StoredArticle }
  | { kind: 'figures'; tabId: number; site: string; saving: boolean; article: StoredArticle; groups: IndicatorGroup[]; count: number;
      /** True while the library's comparisons are still on their way (the figures show first). */
      comparing: boolean; compareError?: string };

/**
 * Decides what the popup shows and calls `show` once or twice: the article's own figures as soon as they are read
 * (a small, quick answer), then the same figures with their comparisons (the library's series can be large).
 */
export async function loadPopupState(env: PopupEnv, show: (state: PopupState) => void): Promise<void> {
  const tab = await env.currentTab().catch(() => undefined);
  let url: URL | undefined;
  try {
    url = tab?.url ? new URL(tab.url) : undefined;
  } catch {
    url = undefined;
  }
  // Browser pages, files, the new-tab page: nothing a news reader would call an article.
  if (!tab?.id || !url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return show({ kind: 'not-article' });
  const site = siteOf(url.href) ?? url.hostname;
  const origin = `${url.protocol}//${url.hostname}`;
  // The quick answers are asked first and alongside the permission check; the comparisons (which keep the
  // background busy for longer) only once those are in, so they never delay the first picture.
  const settingsP = env.send({ type: 'get-site-settings', site });
  const ownP = env.send({ type: 'get-article', url: url.href });
  if (!(await env.canRead(origin).catch(() => false))) return show({ kind: 'not-readable', origin, site, tabId: tab.id });
  const [settings, own] = await Promise.all([settingsP, ownP]);
  const comparisonP = env.send({ type: 'compare-figures', url: url.href });
  const base = { tabId: tab.id, site, saving: settings.ok ? settings.data.saving : true };
  if (!own.ok) return show({ kind: 'error', message: own.error });
  if (!own.data) return show({ kind: 'not-saved', ...base });
  const contexts = contextsFromComparison({ article: own.data.article, figures: own.data.figures.map((figure) => ({ figure, history: [], conflicts: [] })) });
  if (contexts.length === 0) return show({ kind: 'no-figures', ...base, article: own.data.article });
  const first = { kind: 'figures' as const, ...base, article: own.data.article, count: contexts.length };
  const plain = groupByIndicator(contexts);
  show({ ...first, groups: plain, comparing: true });
  const comparison = await comparisonP;
  if (!comparison.ok) return show({ ...first, groups: plain, comparing: false, compareError: comparison.error });
  if (!comparison.data) return show({ ...first, groups: plain, comparing: false });
  const full = contextsFromComparison(comparison.data);
  show({ ...first, article: comparison.data.article, groups: groupByIndicator(full), count: full.length, comparing: false });
}
