// What the popup has to say about the current tab, decided before anything is drawn.
import { contextsFromComparison } from '../compare/from-response.ts';
import { groupByIndicator } from '../compare/compare.ts';
import type { IndicatorGroup } from '../compare/types.ts';
import type { StoredArticle } from '../messages/records.ts';
import type { PopupEnv } from './popup-env.ts';

export type PopupState =
  | { kind: 'not-article' }
  | { kind: 'not-readable'; origin: string; site: string }
  | { kind: 'error'; message: string }
  | { kind: 'not-saved'; tabId: number; site: string; saving: boolean }
  | { kind: 'no-figures'; tabId: number; site: string; saving: boolean; article: StoredArticle }
  | { kind: 'figures'; tabId: number; site: string; saving: boolean; article: StoredArticle; groups: IndicatorGroup[]; count: number };

/** The site as the library names it: the host without "www.". */
export function siteOf(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

export async function loadPopupState(env: PopupEnv): Promise<PopupState> {
  const tab = await env.currentTab().catch(() => undefined);
  let url: URL | undefined;
  try {
    url = tab?.url ? new URL(tab.url) : undefined;
  } catch {
    url = undefined;
  }
  // Browser pages, files, the new-tab page: nothing a news reader would call an article.
  if (!tab?.id || !url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return { kind: 'not-article' };
  const site = siteOf(url);
  const origin = `${url.protocol}//${url.hostname}`;
  if (!(await env.canRead(origin).catch(() => false))) return { kind: 'not-readable', origin, site };

  const [settings, comparison] = await Promise.all([
    env.send({ type: 'get-site-settings', site }),
    env.send({ type: 'compare-figures', url: url.href }),
  ]);
  if (!comparison.ok) return { kind: 'error', message: comparison.error };
  const saving = settings.ok ? settings.data.saving : true;
  const base = { tabId: tab.id, site, saving };
  if (!comparison.data) return { kind: 'not-saved', ...base };
  const contexts = contextsFromComparison(comparison.data);
  if (contexts.length === 0) return { kind: 'no-figures', ...base, article: comparison.data.article };
  return { kind: 'figures', ...base, article: comparison.data.article, groups: groupByIndicator(contexts), count: contexts.length };
}
