// The hover card: a closed shadow root that page CSS cannot reach. Built with DOM calls and textContent only (page
// text never goes through innerHTML). Shows the value in vi-VN formatting, its meaning in words, the earlier figures
// of the same indicator and locality from the library, and lets the reader correct or dismiss the figure.
import type { Figure, Modality } from '../extractor/figure.ts';
import { computeChange } from '../compare/compare.ts';
import { describeChange, describeValue } from '../compare/describe.ts';
import { formatDate, formatPeriod, formatValue, type Lang } from '../shared/format-vi.ts';
import { INDICATOR_NAMES, indicatorName } from '../shared/i18n-indicators.ts';
import type { FigureWithArticle } from '../messages/records.ts';
import { CARD_CSS } from './card-css.ts';
import type { CardStrings } from './card-strings.ts';
import { PERIOD_FORMAT } from '../messages/period-format.ts';
import { parseTypedNumber } from './parse-number.ts';
import { addStyles } from './style-sheet.ts';

export type History = { state: 'loading' } | { state: 'not-saved' } | { state: 'ready'; entries: FigureWithArticle[] };

export interface CardHandlers {
  correct(changes: Partial<Figure>): Promise<string | undefined>;
  dismiss(): Promise<string | undefined>;
}

/** "Thu ngân sách · thị xã Cai Lậy · năm 2023 · tăng 30,43% so với năm 2022": what the figure says, in words. */
export function meaningOf(f: Figure, lang: Lang): string {
  return [f.indicator ? indicatorName(f.indicator, lang) : undefined, f.locality, f.period ? formatPeriod(f.period, lang) : undefined, describeValue(f, lang)]
    .filter((p): p is string => Boolean(p))
    .join(' · ');
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export class FigureCard {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly removeStyles: () => void;
  private body: HTMLElement;
  /** What the card shows now; undefined when hidden. */
  current: Figure | undefined;

  /** `t`: the card's words, which the controller also uses for what it answers the card's buttons with. */
  constructor(private readonly doc: Document, readonly t: CardStrings, private readonly lang: Lang) {
    this.host = doc.createElement('soi-so-card');
    this.root = this.host.attachShadow({ mode: 'closed' });
    this.removeStyles = addStyles(this.root, CARD_CSS);
    this.body = el(doc, 'div', 'card');
    this.body.setAttribute('role', 'dialog');
    this.body.setAttribute('aria-label', t.label);
    this.root.appendChild(this.body);
    this.host.hidden = true;
    // Outside <body>: the page's layout and its body-level observers never see the card.
    doc.documentElement.appendChild(this.host);
  }

  /** For tests through the page: the card's text as the reader sees it. */
  text(): string {
    return this.body.textContent ?? '';
  }

  isOpen(): boolean {
    return !this.host.hidden;
  }

  show(figure: Figure, anchor: DOMRect, history: History, handlers: CardHandlers): void {
    this.current = figure;
    const d = this.doc;
    const t = this.t;
    const modality: Modality = figure.modality ?? 'actual';
    this.body.replaceChildren();
    const head = el(d, 'div');
    head.append(el(d, 'span', 'value', formatValue(figure, this.lang)));
    const badge = el(d, 'span', `badge ${modality}`, t.modality[modality]);
    badge.title = t.modalityHint[modality];
    head.append(badge);
    this.body.append(head, el(d, 'div', 'meaning', meaningOf(figure, this.lang)));
    this.body.append(this.historyBox(figure, history));
    const status = el(d, 'div', 'status');
    status.setAttribute('role', 'status');
    const actions = el(d, 'div', 'actions');
    const correct = el(d, 'button', undefined, t.correct);
    correct.type = 'button';
    correct.addEventListener('click', () => this.showForm(figure, handlers, status));
    const dismiss = el(d, 'button', undefined, t.dismiss);
    dismiss.type = 'button';
    dismiss.addEventListener('click', async () => {
      const err = await handlers.dismiss();
      status.textContent = err ? t.failed(err) : t.dismissed;
    });
    actions.append(correct, dismiss);
    this.body.append(actions, status);
    this.place(anchor);
  }

  /** Replaces the history part (when the library answers after the card opened). */
  updateHistory(figure: Figure, history: History): void {
    if (this.current !== figure) return;
    this.body.querySelector('.hist')?.replaceWith(this.historyBox(figure, history));
  }

  private historyBox(figure: Figure, history: History): HTMLElement {
    const d = this.doc;
    const box = el(d, 'div', 'hist');
    box.append(el(d, 'h3', undefined, this.t.earlier));
    if (history.state === 'loading') box.append(el(d, 'div', 'muted', this.t.loading));
    else if (history.state === 'not-saved') box.append(el(d, 'div', 'muted', this.t.notSaved));
    else if (history.entries.length === 0) box.append(el(d, 'div', 'muted', this.t.noEarlier));
    else {
      const ul = el(d, 'ul');
      for (const h of history.entries.slice(0, 6)) {
        const li = el(d, 'li');
        const f = h.figure;
        const source = [formatPeriod(f.period, this.lang), h.article.site, formatDate(h.article.published, this.lang)].filter(Boolean).join(' · ');
        li.append(`${formatValue(f, this.lang)} — ${source}`);
        if (f.kind === figure.kind && (f.unit ?? '') === (figure.unit ?? '')) {
          const change = computeChange(figure.value, f.value, figure.unit);
          li.append(el(d, 'div', 'muted', this.t.versusThis(describeChange(change, figure.unit, this.lang))));
        }
        ul.append(li);
      }
      box.append(ul);
    }
    return box;
  }

  private showForm(figure: Figure, handlers: CardHandlers, status: HTMLElement): void {
    const d = this.doc;
    const t = this.t;
    this.body.querySelector('form')?.remove();
    const form = el(d, 'form');
    const input = (label: string, value: string, list?: string) => {
      const id = `soi-so-${label.length}-${Math.random().toString(36).slice(2, 8)}`;
      const l = el(d, 'label', undefined, label);
      l.htmlFor = id;
      const i = el(d, 'input');
      i.id = id;
      i.value = value;
      if (list) i.setAttribute('list', list);
      form.append(l, i);
      return i;
    };
    const value = input(t.field.value, String(figure.value).replace('.', this.lang === 'vi' ? ',' : '.'));
    const unit = input(t.field.unit, figure.unit ?? '');
    const listId = 'soi-so-indicators';
    const indicator = input(t.field.indicator, figure.indicator ?? '', listId);
    const datalist = el(d, 'datalist');
    datalist.id = listId;
    for (const [id, names] of Object.entries(INDICATOR_NAMES)) {
      const o = el(d, 'option');
      o.value = id;
      o.label = names[this.lang];
      datalist.append(o);
    }
    form.append(datalist);
    const locality = input(t.field.locality, figure.locality ?? '');
    const period = input(t.field.period, figure.period ?? '');
    const ml = el(d, 'label', undefined, t.field.modality);
    const modality = el(d, 'select');
    ml.htmlFor = modality.id = 'soi-so-modality';
    for (const m of ['actual', 'estimate', 'target'] as const) {
      const o = el(d, 'option', undefined, t.modality[m]);
      o.value = m;
      o.selected = (figure.modality ?? 'actual') === m;
      modality.append(o);
    }
    form.append(ml, modality);
    const error = el(d, 'div', 'error');
    error.setAttribute('role', 'alert');
    const save = el(d, 'button', undefined, t.save);
    save.type = 'submit';
    const cancel = el(d, 'button', undefined, t.cancel);
    cancel.type = 'button';
    cancel.addEventListener('click', () => form.remove());
    form.append(error, save, cancel);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const v = parseTypedNumber(value.value);
      if (v === undefined) return void (error.textContent = t.invalidValue);
      const p = period.value.trim();
      if (p && !PERIOD_FORMAT.test(p)) return void (error.textContent = t.invalidPeriod);
      error.textContent = '';
      const changes: Partial<Figure> = { value: v, modality: modality.value as Modality };
      if (unit.value.trim()) changes.unit = unit.value.trim();
      if (indicator.value.trim()) changes.indicator = indicator.value.trim();
      if (locality.value.trim()) changes.locality = locality.value.trim();
      if (p) changes.period = p;
      const err = await handlers.correct(changes);
      if (err) error.textContent = t.failed(err);
      else {
        form.remove();
        status.textContent = t.corrected;
      }
    });
    this.body.querySelector('.actions')!.after(form);
    value.focus();
  }

  /** A small card offering to add the selected text as a figure. */
  showAdd(anchor: DOMRect, onAdd: () => Promise<string | undefined>): void {
    this.current = undefined;
    const d = this.doc;
    this.body.replaceChildren();
    const button = el(d, 'button', undefined, this.t.addSelection);
    button.type = 'button';
    const status = el(d, 'div', 'status');
    status.setAttribute('role', 'status');
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', async () => {
      const err = await onAdd();
      status.textContent = err ?? this.t.added;
    });
    this.body.append(button, status);
    this.place(anchor);
  }

  showMessage(anchor: DOMRect, message: string): void {
    this.current = undefined;
    this.body.replaceChildren(el(this.doc, 'div', 'muted', message));
    this.place(anchor);
  }

  private place(anchor: DOMRect): void {
    this.host.hidden = false;
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const w = Math.min(360, this.body.offsetWidth || 300);
    const h = this.body.offsetHeight || 160;
    const left = Math.max(4, Math.min(anchor.left, vw - w - 4));
    const below = anchor.bottom + 6;
    const top = below + h < vh ? below : Math.max(4, anchor.top - h - 6);
    // CSSOM writes are allowed under a strict style-src CSP; a style="" attribute would not be.
    this.host.style.setProperty('left', `${Math.round(left)}px`);
    this.host.style.setProperty('top', `${Math.round(top)}px`);
  }

  hide(): void {
    this.host.hidden = true;
    this.current = undefined;
  }

  destroy(): void {
    this.removeStyles();
    this.host.remove();
  }
}
