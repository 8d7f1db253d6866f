// What the hover card's buttons do (correct, dismiss, add a missed figure) and the figure's history it shows: code
// that runs only with a card open, so it comes with the card's module (card-module.ts, loaded on the first hover or
// focus of a figure) rather than in the content script a first visit evaluates (BENCHMARKS.md, session 18). It works
// on the page controller's state through CardPage, which PageController implements.
import type { Figure } from '../extractor/figure.ts';
import type { ResponseMap } from '../messages/responses.ts';
import { modalityOf, type Annotator, type PlacedFigure } from './annotator.ts';
import type { FigureCard, History } from './card.ts';
import type { PageEnv } from './controller.ts';
import type { Painter, PaintHandle } from './highlighter.ts';

/** The page controller as the card's flows see it (src/page/controller.ts). */
export interface CardPage {
  readonly env: PageEnv;
  readonly painter: Painter;
  readonly annotator: Annotator;
  readonly active: PlacedFigure | undefined;
  readonly saved: boolean;
  readonly savingOff: boolean;
  readonly figureIds: Map<Figure, string>;
  comparison: ResponseMap['compare-figures'] | undefined;
  readonly comparisonLoading: Promise<void> | undefined;
  readonly manual: PaintHandle[];
  readonly manualById: Map<string, PaintHandle>;
  /** The painted figures changed: the hit test's index is made again. */
  figuresChanged(): void;
  closeCard(): void;
}

/** Shows the card on a placed figure; `comparing`, the library's answer being asked for, updates its history. */
export function showFigure(page: CardPage, card: FigureCard, placed: PlacedFigure, comparing: Promise<void> | undefined): void {
  // The reader may have moved on while the module loaded.
  if (page.active !== placed || !placed.handle) return;
  const figure = placed.figure;
  card.show(figure, placed.handle.range.getBoundingClientRect(), historyOf(page, figure), {
    correct: (changes) => correct(page, card, placed, changes),
    dismiss: () => dismiss(page, card, placed),
  });
  if (comparing) void comparing.then(() => card.updateHistory(figure, historyOf(page, figure)));
}

/** Offers to add the selected text as a figure the page missed. */
export function showAdd(page: CardPage, card: FigureCard, range: Range): void {
  card.showAdd(range.getBoundingClientRect(), () => add(page, card, range));
}

function historyOf(page: CardPage, figure: Figure): History {
  if (page.savingOff) return { state: 'not-saved' };
  if (!page.comparison) return page.comparisonLoading || !page.saved ? { state: 'loading' } : { state: 'not-saved' };
  const id = page.figureIds.get(figure);
  const entry = page.comparison.figures.find((c) => c.figure.id === id) ??
    page.comparison.figures.find((c) => c.figure.text === figure.text && c.figure.indicator === figure.indicator);
  return { state: 'ready', entries: entry?.history ?? [] };
}

async function correct(page: CardPage, card: FigureCard, placed: PlacedFigure, changes: Partial<Figure>): Promise<string | undefined> {
  const figureId = page.figureIds.get(placed.figure);
  if (!figureId) return card.t.notSaved;
  const reply = await page.env.send({ type: 'correct-figure', figureId, changes });
  if (!reply.ok) return reply.error;
  const before = modalityOf(placed.figure);
  Object.assign(placed.figure, changes);
  if (modalityOf(placed.figure) !== before && placed.handle) {
    const range = placed.handle.range;
    placed.handle.unpaint();
    placed.handle = page.painter.paint(range, modalityOf(placed.figure));
    page.figuresChanged();
  }
  page.comparison = undefined;
  return undefined;
}

async function dismiss(page: CardPage, card: FigureCard, placed: PlacedFigure): Promise<string | undefined> {
  const figureId = page.figureIds.get(placed.figure);
  if (!figureId) return card.t.notSaved;
  const reply = await page.env.send({ type: 'dismiss-figure', figureId });
  if (!reply.ok) return reply.error;
  page.annotator.dismiss(placed);
  page.figuresChanged();
  page.closeCard();
  return undefined;
}

async function add(page: CardPage, card: FigureCard, range: Range): Promise<string | undefined> {
  const found = page.annotator.found;
  if (!found?.url) return card.t.notSaved;
  const located = page.annotator.locateRange(range);
  if (!located) return card.t.noNumber;
  const text = located.text;
  let parsed: Figure | undefined;
  try {
    parsed = (await page.env.extract(text, { published: found.published, homeLocality: found.homeLocality })).figures[0];
  } catch {
    // Without the extractor the reader's figure is still added, as the number they selected.
    parsed = undefined;
  }
  const number = /\d[\d.,]*/.exec(text);
  if (!parsed && !number) return card.t.noNumber;
  const fallbackValue = number ? Number(number[0].replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.')) : NaN;
  const figure = parsed
    ? { ...parsed, start: located.start, end: located.end, text }
    : { start: located.start, end: located.end, text, kind: 'level' as const, value: Number.isFinite(fallbackValue) ? fallbackValue : 0 };
  const reply = await page.env.send({ type: 'add-figure', url: found.url, figure: { ...figure, anchor: located.anchor } });
  if (!reply.ok) return reply.error;
  const handle = page.painter.paint(range, modalityOf(figure));
  page.manual.push(handle);
  page.manualById.set(reply.data.id, handle);
  return undefined;
}
