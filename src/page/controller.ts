// One content-script life on one tab: page views (a new one on SPA navigation), the debounced observer that keeps
// highlights in step with the page, the hover card, keyboard/popup navigation, saving, and full clean-up when the
// extension goes away. Browser APIs come in through PageEnv so this file holds no extension globals.
import type { Figure } from '../extractor/figure.ts';
import type { Request, Result } from '../messages/contract.ts';
import type { ResponseMap } from '../messages/responses.ts';
import { isPageMessage } from '../messages/page-guards.ts';
import { Annotator, anchorSignature, type ExtractFn, type PlacedFigure, type SavedWithExtraction } from './annotator.ts';
import type { FoundArticle } from './find-article.ts';
import type { ArticleInfo } from '../messages/contract.ts';
import type { PortSaved } from '../messages/page-messages.ts';
import type { FigureCard } from './card.ts';
import type { CardPage } from './card-flows.ts';
import type { LaterModule } from './later-module.ts';
import type { LaterPage } from './later.ts';
import type { CardModule } from './card-module.ts';
import { createPainter, type ElementPainterFactory, type Painter, type PaintHandle } from './highlighter.ts';
import { FigureIndex } from './hit-test.ts';
import { yieldToPage } from './slicer.ts';

export type Send = <R extends Request>(request: R) => Promise<Result<ResponseMap[R['type']]>>;

export interface PageEnv {
  doc: Document;
  extract: ExtractFn;
  extractorVersion: string;
  send: Send;
  uiLanguage?: string;
  /** Registers the listener for messages sent to this tab; returns its removal. */
  onTabMessage(listener: (message: unknown) => Promise<unknown> | undefined): () => void;
  /** False once the extension was disabled, removed or reloaded: the page then cleans up (checked on a timer and
   *  whenever the port to the background breaks). */
  alive?(): boolean;
  /** Opens the port to the background; `onBreak` runs when it breaks. Returns its closing. */
  connect?(onBreak: () => void): (() => void) | undefined;
  /** Registers the listener for how a save made with an extraction went (sent only when the page must act on it). */
  onSaved?(listener: (notice: PortSaved) => void): void;
  /** Adds the page's highlight rules, with the first highlight, where they did not come with the script (tests,
   *  benchmarks: `addPageStyles` of src/page/styles.ts); returns their removal. In the extension they come as the
   *  manifest's content-script `css`, which the browser adds before the page's first style calculation (adding a sheet
   *  later makes it restyle the page once more), and this is left out. */
  pageStyles?(painter: Painter['mode']): () => void;
  /** The painter for browsers without the Highlight API (src/page/element-painter.ts); where it is left out, such a
   *  browser cannot be painted on (the content script does not start there: src/page/app.ts). */
  elementPainter?: ElementPainterFactory;
  /** Loads the hover card's module (src/page/card-module.ts), on the first hover or focus of a figure: in the
   *  extension an import() of its file in the package. A rejection leaves the card out for this script's life; a
   *  hovered figure then gets its words as a native tooltip. */
  loadCard(): Promise<CardModule>;
  /** Loads the module of what a page view does only on some pages (src/page/later.ts): a save's reply or the
   *  background's notice to act on, the popup's and the keyboard commands' messages. In the extension an import() of
   *  its file in the package, on the first such need. */
  loadLater(): Promise<LaterModule>;
  /** Force the painter (tests). */
  painter?: Painter['mode'];
  debounceMs?: number;
  /** How often the URL is compared for SPA navigation where the Navigation API is missing (default 800 ms). */
  urlPollMs?: number;
  /** How often the page checks the extension is still there where the Navigation API reports navigation (5 s). */
  alivePollMs?: number;
  /** How long after a Navigation API event the URL is compared (default 400 ms). */
  navigationSettleMs?: number;
}

const DEBOUNCE_MS = 150;
const URL_POLL_MS = 800;
const ALIVE_POLL_MS = 5000;
const NAVIGATION_SETTLE_MS = 400;
/** A save of this many figures or more is sent in a task of its own: building and serialising a 1 MB page's ~4,900
 *  figures costs some 25 ms, which the last painting slice's task would otherwise hold too (BENCHMARKS.md, session 22). */
const SEND_APART_FROM = 400;

const pageKey = (href: string) => {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
};

export class PageController implements CardPage, LaterPage {
  readonly doc: Document;
  readonly win: Window;
  painter!: Painter;
  annotator!: Annotator;
  /** Made on first use, from its module loaded then: most page views never open a card, and evaluating and making
   *  one costs about a millisecond. */
  private card: FigureCard | undefined;
  /** The card's module on its way (or failed: resolves undefined). */
  private cardLoading: Promise<FigureCard | undefined> | undefined;
  private cardFailed = false;
  /** The card's module once loaded: what the card's buttons do comes with it (card-flows.ts). */
  private cardModule: CardModule | undefined;
  /** The later module (PageEnv.loadLater) on its way, from its first need on. */
  private laterLoading: Promise<LaterModule> | undefined;
  /** The page element holding the native tooltip shown instead of the card when its module could not be loaded. */
  private titled: Element | undefined;
  private index: FigureIndex | undefined;
  private viewUrl = '';
  figureIds = new Map<Figure, string>();
  saved = false;
  /** What was last sent to the library (figure anchors), so a re-render that changes nothing sends nothing. */
  private savedSignature: string | undefined;
  savingOff = false;
  /** The save the background made with this view's first extraction, once this view has taken it as its own. */
  private savedWith: SavedWithExtraction | undefined;
  /** How that save went, when the background's notice came before the view took the save. */
  private earlyNotice: PortSaved | undefined;
  comparison: ResponseMap['compare-figures'] | undefined;
  comparisonLoading: Promise<void> | undefined;
  active: PlacedFigure | undefined;
  manual: PaintHandle[] = [];
  manualById = new Map<string, PaintHandle>();
  private cleanups: (() => void)[] = [];
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  stopped = false;
  private styled = false;
  private pointer: { x: number; y: number } | undefined;
  private frame = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly env: PageEnv) {
    this.doc = env.doc;
    this.win = env.doc.defaultView!;
  }

  /** Starts the first page view and everything that follows the page. */
  async start(): Promise<void> {
    this.listen();
    await this.newView();
  }

  /** With the first highlight of this content script's life (see createPainter): the highlight styles, and the
   *  pointer listeners that open the card. Before that there is nothing to style or hover, and a pointer listener is
   *  not free: Chromium commits a frame to tell its compositor about it. */
  private onFirstPaint(): void {
    if (this.styled || this.stopped) return;
    this.styled = true;
    if (this.env.pageStyles) this.cleanups.push(this.env.pageStyles(this.painter.mode));
    this.on('pointermove', (e) => this.onPointer(e.clientX, e.clientY), { passive: true, capture: true });
    this.on('scroll', () => this.pointer && this.onPointer(this.pointer.x, this.pointer.y), { passive: true, capture: true });
  }

  private on<K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, opts?: AddEventListenerOptions): void {
    this.doc.addEventListener(type, fn as EventListener, opts);
    this.cleanups.push(() => this.doc.removeEventListener(type, fn as EventListener, opts));
  }

  // ---- page views ---------------------------------------------------------------------------------------------

  private async newView(): Promise<void> {
    this.annotator?.destroy();
    for (const h of this.manual) h.unpaint();
    this.manual = [];
    this.manualById = new Map();
    this.card?.hide();
    this.unhint();
    this.viewUrl = pageKey(this.win.location.href);
    // Each view gets its own painter: destroying the old view cleared the old one's highlight registrations.
    this.painter = createPainter(this.doc, this.env.painter, () => this.onFirstPaint(), this.env.elementPainter);
    this.annotator = new Annotator(this.doc, this.win.location.href, {
      extract: this.env.extract,
      painter: this.painter,
      // The first scan's extraction saves the article too (one round trip and no reply to wait for), unless this
      // view already saved.
      saveWith: (found) => (this.saved || !found.url ? undefined : articleInfo(found, found.url)),
    });
    this.figureIds = new Map();
    this.saved = false;
    this.savedSignature = undefined;
    this.savedWith = undefined;
    this.earlyNotice = undefined;
    this.comparison = undefined;
    this.active = undefined;
    await this.run();
  }

  /** Runs one refresh at a time; a request during a run is folded into one more run after it. A run that failed
   *  (the background could not extract) is tried again a few times, further apart each time. */
  private run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const annotator = this.annotator;
        let changed: boolean;
        try {
          changed = await annotator.refresh();
          this.failures = 0;
        } catch {
          if (this.stopped) return;
          // A new page view began meanwhile: run for it instead.
          if (annotator !== this.annotator) {
            this.again = true;
            continue;
          }
          if (this.failures >= 4) return;
          const wait = 1000 * 2 ** this.failures++;
          this.retry = setTimeout(() => void this.run(), wait);
          return;
        }
        if (this.stopped) return;
        if (annotator !== this.annotator) {
          this.again = true;
          continue;
        }
        if (changed) this.index = undefined;
        if (annotator.found && (changed || !this.saved)) await this.save();
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Once per page view (again only if the figures changed after that), unless saving is off for the site. One
   *  round trip: the background, which owns the per-site setting, writes nothing when the user paused the article's
   *  host and answers `saved: false`; this view then sends no more saves. */
  private async save(): Promise<void> {
    const found = this.annotator.found;
    if (!found || !found.url) return;
    if (!this.saved) this.savingOff = false;
    this.saved = true;
    if (this.savingOff) return;
    const withExtraction = this.annotator.savedWithExtraction;
    const asExtracted = this.annotator.savedAsExtracted();
    const list = asExtracted ? [] : this.annotator.saveList();
    const figures = list.map((x) => x.figure);
    const signature = asExtracted ? withExtraction!.signature : anchorSignature(figures.map((f) => f.anchor));
    if (signature === this.savedSignature) return;
    this.savedSignature = signature;
    if (withExtraction?.signature === signature) {
      // The background saved exactly these figures with the extraction; it writes only if something went otherwise.
      this.figureIds = new Map(withExtraction.figures.map((f, i) => [f, withExtraction.figureIds[i]!]));
      this.comparison = undefined;
      this.savedWith = withExtraction;
      const early = this.earlyNotice;
      this.earlyNotice = undefined;
      if (early) this.applyNotice(early, withExtraction);
      return;
    }
    if (list.length >= SEND_APART_FROM) {
      await yieldToPage();
      if (this.stopped) return;
    }
    const placed = list.map((x) => x.placed.figure);
    const [reply, later] = await Promise.all([
      this.env.send({ type: 'save-article', article: articleInfo(found, found.url), figures, extractorVersion: this.env.extractorVersion }),
      this.later(),
    ]);
    later.applySave(this, reply, placed);
  }

  /** The later module, loaded on its first need. */
  private later(): Promise<LaterModule> {
    return (this.laterLoading ??= this.env.loadLater());
  }

  /** Applies the background's notice about the save made with the extraction, with the later module. */
  private applyNotice(notice: PortSaved, saved: SavedWithExtraction): void {
    const annotator = this.annotator;
    void this.later().then((later) => {
      if (!this.stopped && annotator === this.annotator) later.applyNotice(this, notice, saved);
    }, () => undefined);
  }

  private onSaved(notice: PortSaved): void {
    if (this.stopped || notice.url !== this.annotator.found?.url) return;
    // A notice can overtake the painting of a long article; it waits until this view has taken the save as its own.
    if (this.savedWith) this.applyNotice(notice, this.savedWith);
    else this.earlyNotice = notice;
  }

  // ---- following the page ---------------------------------------------------------------------------------------

  private listen(): void {
    const observer = new MutationObserver((records: MutationRecord[]) => this.onMutations(records));
    observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
    this.cleanups.push(() => observer.disconnect());

    const on = this.on.bind(this);
    const onWin = (type: string, fn: () => void) => {
      this.win.addEventListener(type, fn);
      this.cleanups.push(() => this.win.removeEventListener(type, fn));
    };
    onWin('popstate', () => this.checkUrl());
    onWin('hashchange', () => this.checkUrl());
    // A page's own pushState fires no event a content script can hear, except the Navigation API's (Chromium): with
    // it, the timer only asks whether the extension is still there, and rarely (the port's breaking says so first).
    // The event comes inside the page's pushState, before the page has swapped in the new article; a page that swaps
    // it at once is followed by the observer (its mutations compare the URL too), so the event only has to catch a
    // new URL that arrives with no change to the article, a little later (about the old timer's average wait).
    const navigation = (this.win as { navigation?: EventTarget }).navigation;
    if (navigation) {
      let settle: ReturnType<typeof setTimeout> | undefined;
      const onEntry = () => {
        clearTimeout(settle);
        settle = setTimeout(() => this.checkUrl(), this.env.navigationSettleMs ?? NAVIGATION_SETTLE_MS);
      };
      navigation.addEventListener('currententrychange', onEntry);
      this.cleanups.push(() => {
        clearTimeout(settle);
        navigation.removeEventListener('currententrychange', onEntry);
      });
    }
    const poll = this.win.setInterval(() => {
      this.checkAlive();
      this.checkUrl();
    }, navigation ? this.env.alivePollMs ?? ALIVE_POLL_MS : this.env.urlPollMs ?? URL_POLL_MS);
    this.cleanups.push(() => this.win.clearInterval(poll));

    // Pointer listeners come with the first highlight (onFirstPaint).
    // Not for events in the card itself: re-drawing it under the pointer would swallow the click on its button.
    const fromCard = (e: Event) => Boolean(this.card && e.composedPath().includes(this.card.host));
    on('mouseup', (e) => fromCard(e) || this.onSelection(), { capture: true });
    on('keyup', (e) => fromCard(e) || (e.shiftKey && this.onSelection()), { capture: true });
    on('keydown', (e) => {
      if (e.key === 'Escape' && this.card?.isOpen()) this.closeCard();
    }, { capture: true });

    // Answer only messages meant for the page; anything else is left for other listeners.
    this.cleanups.push(this.env.onTabMessage((m) => (isPageMessage(m) ? this.later().then((later) => later.onTabMessage(this, m)) : undefined)));
    const disconnect = this.env.connect?.(() => this.checkAlive());
    if (disconnect) this.cleanups.push(disconnect);
    this.env.onSaved?.((notice) => this.onSaved(notice));
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    const found = this.annotator.found;
    const host = this.card?.host;
    let relevant = false;
    for (const r of records) {
      if (host && (r.target === host || host.contains(r.target))) continue;
      if (r.type === 'childList' && r.target === this.doc.documentElement && [...r.addedNodes, ...r.removedNodes].every((n) => n === host)) continue;
      if (!found || !found.body.isConnected) relevant = true;
      else if (found.body.contains(r.target) || r.target.contains(found.body) || found.extras.some((e) => e.contains(r.target))) relevant = true;
      if (relevant) break;
    }
    this.checkUrl();
    if (!relevant) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.env.debounceMs ?? DEBOUNCE_MS);
  }

  private checkAlive(): void {
    if (this.env.alive && !this.env.alive()) this.stop();
  }

  private checkUrl(): void {
    if (this.stopped) return;
    if (pageKey(this.win.location.href) !== this.viewUrl) void this.newView();
  }

  // ---- hover card ---------------------------------------------------------------------------------------------

  private onPointer(x: number, y: number): void {
    this.pointer = { x, y };
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.stopped || !this.pointer) return;
      this.hitTest(this.pointer.x, this.pointer.y);
    });
  }

  /** Runs `then` with the card: at once when it is made, else once its module has loaded (the first hover or focus of
   *  a figure starts the load). `otherwise` runs when the module could not be loaded. */
  private withCard(then: (card: FigureCard) => void, otherwise?: () => void): void {
    if (this.card) return then(this.card);
    void (this.cardLoading ??= this.loadCard()).then((card) => {
      if (this.stopped) return;
      if (card) then(card);
      else otherwise?.();
    });
  }

  private async loadCard(): Promise<FigureCard | undefined> {
    let module: CardModule;
    try {
      module = await this.env.loadCard();
      if (this.stopped) return undefined;
      // The card's language is asked for only now: the first use of the browser's i18n API is not free either.
      const card = module.makeCard(this.doc, this.env.uiLanguage);
      this.cardModule = module;
      card.host.addEventListener('pointerenter', () => this.hideTimer && clearTimeout(this.hideTimer));
      card.host.addEventListener('pointerleave', () => this.scheduleHide());
      this.cleanups.push(() => card.destroy());
      this.card = card;
      return card;
    } catch {
      this.cardFailed = true;
      // Quietly without the card for this script's life (a failed import is not retried by the browser either):
      // hovered figures get a native tooltip instead (see hint).
      return undefined;
    }
  }

  /** Without the card's module: the hovered figure's words as the native tooltip of the element that holds it, taken
   *  off again when the figure is left. Only where the page gave that element no tooltip of its own. */
  private hint(placed: PlacedFigure): void {
    this.unhint();
    const range = placed.handle?.range;
    if (!range || placed !== this.active) return;
    const node = range.commonAncestorContainer;
    const holder = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!holder || holder.hasAttribute('title')) return;
    const f = placed.figure;
    holder.setAttribute('title', [f.text, f.locality, f.period].filter(Boolean).join(' · '));
    this.titled = holder;
  }

  private unhint(): void {
    this.titled?.removeAttribute('title');
    this.titled = undefined;
  }

  private hitTest(x: number, y: number): void {
    const box = this.card?.isOpen() ? this.card.host.getBoundingClientRect() : undefined;
    if (box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return;
    this.index ??= new FigureIndex(this.annotator.figures());
    const hit = this.index.at(this.doc, x, y);
    if (hit) {
      if (this.hideTimer) clearTimeout(this.hideTimer);
      // Before the card's module has come (or when it cannot), the figure being opened is not opened again.
      if (hit !== this.active || (this.card && !this.card.isOpen())) this.open(hit);
    } else if (this.card?.isOpen() ? this.card.current : this.active) this.scheduleHide();
  }

  private scheduleHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.closeCard(), 350);
  }

  /** The painted figures changed: the hit test's index is made again. */
  figuresChanged(): void {
    this.index = undefined;
  }

  closeCard(): void {
    this.card?.hide();
    this.unhint();
    this.painter.setActive(undefined);
    this.active = undefined;
  }

  open(placed: PlacedFigure): void {
    const range = placed.handle?.range;
    if (!range) return;
    this.active = placed;
    this.painter.setActive(placed.handle);
    // The library's answer is asked for while the card's module loads, if it has to.
    const comparing = !this.comparison && !this.savingOff && !this.cardFailed
      ? (this.comparisonLoading ??= this.loadComparison().finally(() => (this.comparisonLoading = undefined)))
      : undefined;
    this.withCard((card) => this.cardModule!.showFigure(this, card, placed, comparing), () => this.hint(placed));
  }

  private async loadComparison(): Promise<void> {
    const url = this.annotator.found?.url;
    if (!url) return;
    const reply = await this.env.send({ type: 'compare-figures', url });
    if (reply.ok) this.comparison = reply.data;
  }

  // ---- adding a missed figure by selecting it ----------------------------------------------------------------------

  private onSelection(): void {
    const sel = this.win.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const text = range.toString();
    if (!/\d/.test(text) || text.length > 200) return;
    const found = this.annotator.found;
    const node = range.commonAncestorContainer;
    if (!found || !(found.body.contains(node) || found.extras.some((e) => e.contains(node)))) return;
    const saved = range.cloneRange();
    this.withCard((card) => this.cardModule!.showAdd(this, card, saved));
  }

  // ---- moving between figures -------------------------------------------------------------------------------------

  // ---- going away ---------------------------------------------------------------------------------------------------

  /** Removes every highlight, the card, observers and listeners. Idempotent. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.retry) clearTimeout(this.retry);
    if (this.hideTimer) clearTimeout(this.hideTimer);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.unhint();
    this.annotator?.destroy();
    for (const h of this.manual) h.unpaint();
    this.painter?.clear();
    for (const c of this.cleanups.splice(0).reverse()) {
      try {
        c();
      } catch {
        // Clean-up goes on even if one step fails (the extension context may already be gone).
      }
    }
  }

  /** For tests and the benchmark: what the last scan cost. */
  get lastScan() {
    return this.annotator.lastScan;
  }
}

function articleInfo(found: FoundArticle, url: string): ArticleInfo {
  return {
    url,
    canonicalUrl: found.canonicalUrl,
    headline: found.headline?.slice(0, 1000),
    site: found.site,
    published: found.published,
    locality: found.homeLocality,
  };
}
