// What a page view does only on some pages, later in its life: taking a save's reply or the background's notice (ids,
// saving off for the site, the reader's earlier decisions: dismissed, corrected and added figures), and the popup's and
// the keyboard commands' messages. A module of its own in the package (later-module.ts, built into LATER_MODULE_FILE),
// which the content script imports on the first such need (PageEnv.loadLater), so a first visit that needs none of it
// does not evaluate it (BENCHMARKS.md, session 18). It works on the controller's state through LaterPage.
import type { Figure } from '../extractor/figure.ts';
import type { ResponseMap } from '../messages/responses.ts';
import type { StoredFigure } from '../messages/records.ts';
import type { PageMessage, PageMessageResponse, PortSaved } from '../messages/page-messages.ts';
import { modalityOf, type Annotator, type PlacedFigure, type SavedWithExtraction } from './annotator.ts';
import type { Painter, PaintHandle } from './highlighter.ts';
import { rangeFor, type ArticleText } from './page-text.ts';

/** The page controller as these flows see it (src/page/controller.ts). */
export interface LaterPage {
  readonly doc: Document;
  readonly win: Window;
  readonly painter: Painter;
  readonly annotator: Annotator;
  readonly stopped: boolean;
  readonly active: PlacedFigure | undefined;
  savingOff: boolean;
  figureIds: Map<Figure, string>;
  comparison: ResponseMap['compare-figures'] | undefined;
  readonly manual: PaintHandle[];
  readonly manualById: Map<string, PaintHandle>;
  /** The painted figures changed: the hit test's index is made again. */
  figuresChanged(): void;
  /** Makes `placed` the active figure and opens its card. */
  open(placed: PlacedFigure): void;
}

/** How a save went, from its reply or from the background's notice: ids for the figures as sent (`sent`, in the
 *  same order), saving off for the site, or the reader's earlier decisions to apply. */
export function applySave(page: LaterPage, reply: PortSaved['result'], sent: Figure[]): void {
  if (reply.ok && !reply.data.saved) {
    page.savingOff = true;
    page.figureIds = new Map();
    return;
  }
  if (!reply.ok) return;
  page.figureIds = new Map();
  reply.data.figureIds.forEach((id, i) => sent[i] && page.figureIds.set(sent[i]!, id));
  page.comparison = undefined;
  // The save's reply carries the figures the reader decided on: no second round trip to read them back.
  applyDecisions(page, reply.data.decided ?? []);
}

/** How the save made with the first extraction went, from the background's notice (sent only when the page must act). */
export function applyNotice(page: LaterPage, notice: PortSaved, saved: SavedWithExtraction): void {
  // The ids the answer carried name nothing in the library when the save failed.
  if (!notice.result.ok) page.figureIds = new Map();
  applySave(page, notice.result, saved.figures);
}

/** Applies what the reader decided earlier: dismissed figures come off, corrections show, added figures are painted. */
function applyDecisions(page: LaterPage, decided: StoredFigure[]): void {
  if (page.stopped) return;
  let changed = false;
  // Most replies carry no decision of the reader's: then no figure of the page's needs looking at (on a 1 MB page
  // that look cost some 8 ms of one task; BENCHMARKS.md, session 22).
  const onPainted = decided.filter((f) => f.dismissed || f.corrected);
  const byId = onPainted.length ? new Map(onPainted.map((f) => [f.id, f])) : undefined;
  // The painted figures: no article text or anchors are needed to find their stored records.
  for (const placed of byId ? page.annotator.figures() : []) {
    const stored = byId!.get(page.figureIds.get(placed.figure) ?? '');
    if (!stored) continue;
    if (stored.dismissed) {
      page.annotator.dismiss(placed);
      changed = true;
    } else if (stored.corrected) {
      const before = modalityOf(placed.figure);
      const { value, of, high, unit, indicator, locality, period, modality, direction, base, status, bound, kind } = stored;
      Object.assign(placed.figure, { value, of, high, unit, indicator, locality, period, modality, direction, base, status, bound, kind });
      if (modalityOf(placed.figure) !== before && placed.handle) {
        const range = placed.handle.range;
        placed.handle.unpaint();
        placed.handle = page.painter.paint(range, modalityOf(placed.figure));
        changed = true;
      }
    }
  }
  // The article text is joined only for a figure the reader added that is not painted yet.
  let article: ArticleText | undefined;
  for (const stored of decided) {
    if (stored.origin !== 'manual' || stored.dismissed || page.manualById.has(stored.id)) continue;
    article ??= page.annotator.articleText();
    const start = findAnchor(article.text, stored.anchor);
    if (start === undefined) continue;
    const range = rangeFor(article, start, start + stored.anchor.exact.length, page.doc);
    if (!range) continue;
    const handle = page.painter.paint(range, modalityOf(stored));
    page.manual.push(handle);
    page.manualById.set(stored.id, handle);
  }
  if (changed) page.figuresChanged();
}

/** The popup's and the keyboard commands' messages: scroll to a figure and open it. */
export async function onTabMessage(page: LaterPage, m: PageMessage): Promise<PageMessageResponse | undefined> {
  const figures = page.annotator.figures();
  if (figures.length === 0) return { ok: false, count: 0 };
  let index: number;
  const current = page.active ? figures.indexOf(page.active) : -1;
  // The popup names the figure by its id in the library, which lists dismissed figures too; a view that knows no
  // ids (saving off for the site) goes by its place among the highlighted ones.
  if (m.type === 'scroll-to-figure' && m.id !== undefined && (page.figureIds.size || page.manualById.size)) {
    const id = m.id;
    const target = figures.find((f) => page.figureIds.get(f.figure) === id);
    const manual = page.manualById.get(id);
    if (!target && !manual) return { ok: false, count: figures.length };
    const range = target?.handle?.range ?? manual!.range;
    scrollToRange(page, range);
    if (target) page.open(target);
    else page.painter.setActive(manual);
    return { ok: true, index: m.index, count: figures.length };
  }
  if (m.type === 'scroll-to-figure') index = m.index;
  else if (m.type === 'next-figure') index = current < 0 ? 0 : (current + 1) % figures.length;
  else index = current < 0 ? figures.length - 1 : (current - 1 + figures.length) % figures.length;
  const target = figures[index];
  if (!target?.handle) return { ok: false, count: figures.length };
  scrollToRange(page, target.handle.range);
  page.open(target);
  return { ok: true, index, count: figures.length };
}

function scrollToRange(page: LaterPage, range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > page.win.innerHeight) page.win.scrollBy({ top: rect.top - page.win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
}

/** Where a text-quote anchor sits in `text`: the occurrence of `exact` whose context matches best. */
export function findAnchor(text: string, anchor: { exact: string; prefix: string; suffix: string }): number | undefined {
if (!anchor.exact) return undefined;
let best: number | undefined;
let bestScore = -1;
for (let i = text.indexOf(anchor.exact); i >= 0; i = text.indexOf(anchor.exact, i + 1)) {
  const before = text.slice(Math.max(0, i - anchor.prefix.length), i);
  const after = text.slice(i + anchor.exact.length, i + anchor.exact.length + anchor.suffix.length);
  const score = (before === anchor.prefix ? 2 : 0) + (after === anchor.suffix ? 1 : 0);
  if (score > bestScore) {
    best = i;
    bestScore = score;
    if (score === 3) break;
  }
}
return best;
}
