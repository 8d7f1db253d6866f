// A popup environment with no browser: canned answers per request type, and a record of what the popup asked.
import type { Request, Result } from '../../../src/messages/contract.ts';
import type { ArticleComparison, FigureWithArticle, StoredArticle, StoredFigure } from '../../../src/messages/records.ts';
import type { PopupEnv } from '../../../src/popup/popup-env.ts';

export interface FakeEnv extends PopupEnv {
  sent: Request[];
  tabMessages: unknown[];
  permissionRequests: string[];
  openedSeries: unknown[];
  readNowTabs: number[];
}

export function fakeEnv(options: {
  url?: string;
  readable?: boolean;
  grant?: boolean;
  answers?: Partial<Record<Request['type'], Result<unknown> | Promise<Result<unknown>>>>;
  uiLanguage?: string;
}): FakeEnv {
  const env: FakeEnv = {
    sent: [],
    tabMessages: [],
    permissionRequests: [],
    openedSeries: [],
    readNowTabs: [],
    send: (async (request: Request) => {
      env.sent.push(request);
      const answer = options.answers?.[request.type];
      if (answer) return answer instanceof Promise ? await answer : answer;
      if (request.type === 'get-article') {
        // The article's own figures, as the background would read them: derived from the comparison answer.
        const cmp = await options.answers?.['compare-figures'];
        if (!cmp) return { ok: true, data: null };
        if (!cmp.ok) return cmp;
        const data = cmp.data as ArticleComparison | null;
        return { ok: true, data: data && { article: data.article, figures: data.figures.map((f) => f.figure) } };
      }
      if (request.type === 'get-site-settings') return { ok: true, data: { site: request.site, saving: true } };
      if (request.type === 'set-site-saving') return { ok: true, data: { site: request.site, saving: request.saving } };
      return { ok: false, error: `no fake answer for ${request.type}` };
    }) as PopupEnv['send'],
    currentTab: async () => ({ id: 7, url: options.url ?? 'https://baodongkhoi.vn/kinh-te/bai-2.html' }),
    sendToTab: async (_tabId, message) => {
      env.tabMessages.push(message);
    },
    canRead: async () => options.readable ?? true,
    requestRead: async (origin) => {
      env.permissionRequests.push(origin);
      return options.grant ?? true;
    },
    readNow: async (tabId) => {
      env.readNowTabs.push(tabId);
    },
    openLibrary: (series) => {
      env.openedSeries.push(series);
    },
    uiLanguage: options.uiLanguage ?? 'vi',
  };
  return env;
}

let n = 0;
export function storedFigure(p: Partial<StoredFigure> & { value: number }): StoredFigure {
  n += 1;
  const indicator = 'indicator' in p ? p.indicator : 'budget_revenue';
  const locality = p.locality ?? 'tỉnh Bến Tre';
  const f: StoredFigure = {
    id: `fig-${n}`, articleId: 'a', seriesKey: `${indicator ?? ''}|${locality}`, start: n * 20, end: n * 20 + 8, text: String(p.value),
    kind: 'level', modality: 'actual', anchor: { exact: String(p.value), prefix: '', suffix: '' }, extractorVersion: '1',
    origin: 'machine', ...p, locality,
  };
  if (indicator) f.indicator = indicator;
  else delete f.indicator;
  return f;
}

export function article(url: string, site: string, published: string, headline: string): StoredArticle {
  return { id: url, url, site, published, headline, firstSeen: 0, lastSeen: 0, extractorVersion: '1' };
}

export function withArticle(figure: StoredFigure, a: StoredArticle): FigureWithArticle {
  return { figure: { ...figure, articleId: a.id }, article: { id: a.id, url: a.url, site: a.site, published: a.published!, headline: a.headline! } };
}

export function comparison(a: StoredArticle, figures: ArticleComparison['figures']): Result<ArticleComparison> {
  return { ok: true, data: { article: a, figures } };
}
