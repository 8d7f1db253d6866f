// The popup: the current article's figures, grouped by indicator and compared with the library, or an honest
// account of why there is nothing to show.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { indicatorName } from '../shared/i18n-indicators.ts';
import type { Dictionary } from '../shared/i18n.ts';
import { FigureItem } from './figure-item.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { loadPopupState, type PopupState } from './load-popup-state.ts';
import type { PopupEnv } from './popup-env.ts';
import { useLang } from './use-lang.ts';

export function Popup({ env }: { env: PopupEnv }) {
  const { lang, t, setLang } = useLang(env.uiLanguage, env.storage);
  const [state, setState] = useState<PopupState | undefined>();
  const [notice, setNotice] = useState<string>('');

  const reload = useCallback(() => {
    loadPopupState(env, setState).catch((e: unknown) => setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
  }, [env]);
  useEffect(reload, [reload]);
  // For the benchmark and for people profiling: the moment the popup first shows its answer.
  useEffect(() => {
    if (state) performance.mark(`soi-so:popup-${state.kind}${state.kind === 'figures' && !state.comparing ? '-compared' : ''}`);
  }, [state]);

  // The figure's id names it on the page (its index counts the library's list, dismissed figures included).
  const scrollTo = useCallback((index: number, id: string | undefined) => {
    if (state && 'tabId' in state) env.sendToTab(state.tabId, { type: 'scroll-to-figure', index, ...(id ? { id } : {}) }).catch(() => {});
  }, [env, state]);

  async function allow(origin: string, tabId: number | undefined) {
    const granted = await env.requestRead(origin).catch(() => false);
    if (!granted) return setNotice(t.popup.permissionDenied);
    setNotice(t.popup.permissionGranted);
    // Read the page now; the article reaches the library a moment later, so look again after that.
    if (tabId !== undefined) await env.readNow(tabId).catch(() => setNotice(t.popup.permissionGrantedReload));
    reload();
    setTimeout(reload, 1500);
  }

  async function setSaving(site: string, saving: boolean) {
    const r = await env.send({ type: 'set-site-saving', site, saving });
    if (!r.ok) setNotice(t.error(r.error));
    else if (state && 'saving' in state) setState({ ...state, saving: r.data.saving });
  }

  return (
    <main class="popup" aria-busy={state ? 'false' : 'true'}>
      <header class="bar">
        <h1>{t.appName}</h1>
        <LanguageSwitch lang={lang} label={t.language} onChange={setLang} />
      </header>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      <Body state={state} t={t} lang={lang} onScroll={scrollTo} onAllow={(origin) => void allow(origin, state && 'tabId' in state ? state.tabId : undefined)} onSeries={(series) => env.openLibrary(series)} />
      {state && 'saving' in state ? <SavingToggle site={state.site} saving={state.saving} explain={state.kind !== 'not-saved'} t={t} onChange={setSaving} /> : null}
      <footer class="bar">
        <button type="button" class="link-button" onClick={() => env.openLibrary()}>{t.popup.openLibrary}</button>
      </footer>
    </main>
  );
}

function Body(props: { state: PopupState | undefined; t: Dictionary; lang: 'vi' | 'en'; onScroll(i: number, id: string | undefined): void; onAllow(origin: string): void; onSeries(series: { indicator: string; locality: string }): void }) {
  const { state, t, lang } = props;
  if (!state) return <p class="empty" role="status">{t.loading}</p>;
  switch (state.kind) {
    case 'not-article':
      return <Empty title={t.popup.notArticle} hint={t.popup.notArticleHint} />;
    case 'not-readable':
      return (
        <section class="empty" data-state="not-readable">
          <p><strong>{t.popup.notReadable(state.site)}</strong></p>
          <p class="muted">{t.popup.notReadableHint}</p>
          <button type="button" class="primary" onClick={() => props.onAllow(state.origin)}>{t.popup.allowSite(state.site)}</button>
        </section>
      );
    case 'error':
      return <p class="empty error" role="alert">{t.error(state.message)}</p>;
    case 'not-saved':
      return state.saving
        ? <Empty title={t.popup.notSaved} state="not-saved" />
        : <Empty title={t.popup.savingPaused(state.site)} state="saving-paused" />;
    case 'no-figures':
      return <Empty title={t.popup.noFigures} hint={state.article.headline} state="no-figures" />;
    case 'figures':
      return (
        <section aria-labelledby="popup-title">
          {state.compareError ? <p class="error" role="alert">{t.error(state.compareError)}</p> : null}
          <h2 id="popup-title" class="article-title">
            {state.article.headline ?? t.popup.title} <span class="muted">· {t.popup.count(state.count)}</span>
          </h2>
          {state.groups.map((g) => (
            <section class="group" key={g.indicator ?? ''} aria-label={indicatorName(g.indicator, lang)}>
              <h3>{indicatorName(g.indicator, lang)}</h3>
              <ul class="figures">
                {g.items.map((item) => <FigureItem key={item.index} item={item} comparing={state.comparing} lang={lang} t={t} onScroll={props.onScroll} onSeries={props.onSeries} />)}
              </ul>
            </section>
          ))}
        </section>
      );
  }
}

function Empty(props: { title: string; hint?: string | undefined; state?: string }) {
  return (
    <section class="empty" data-state={props.state}>
      <p><strong>{props.title}</strong></p>
      {props.hint ? <p class="muted">{props.hint}</p> : null}
    </section>
  );
}

function SavingToggle(props: { site: string; saving: boolean; explain: boolean; t: Dictionary; onChange(site: string, saving: boolean): void }) {
  const { site, saving, t } = props;
  return (
    <div class={`saving ${saving ? '' : 'paused'}`}>
      {!saving && props.explain ? <p role="status">{t.popup.savingPaused(site)}</p> : null}
      <label>
        <input type="checkbox" checked={saving} onChange={(e) => props.onChange(site, (e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t.popup.savingToggle(site)}
      </label>
    </div>
  );
}
