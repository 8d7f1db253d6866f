// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Figure } from '../../../src/extractor/figure.ts';
import type { PlacedFigure } from '../../../src/page/annotator.ts';
import type { PaintHandle } from '../../../src/page/highlighter.ts';
import { onTabMessage, type LaterPage } from '../../../src/page/later.ts';

function figure(text: string, start: number): Figure {
  return { start, end: start + text.length, text, kind: 'level', unit: '%', value: 1 };
}

/** Three highlighted figures, saved under f0, f1, f2 unless `ids` is false (saving off for the site). */
function page(ids = true) {
  const placed = [figure('12%', 5), figure('1,5%', 20), figure('7%', 40)].map((f) => ({ figure: f, handle: { range: document.createRange(), unpaint: vi.fn() } as PaintHandle }) as PlacedFigure);
  const p = {
    doc: document, win: window, painter: { setActive: vi.fn() } as unknown as LaterPage['painter'],
    annotator: { figures: () => placed } as unknown as LaterPage['annotator'],
    stopped: false, active: undefined, savingOff: !ids, figureIds: new Map(ids ? placed.map((x, i) => [x.figure, `f${i}`]) : []),
    comparison: undefined, manual: [], manualById: new Map(), figuresChanged: vi.fn(), open: vi.fn(),
  } satisfies LaterPage;
  return { p, placed };
}

describe('the popup\'s scroll to a figure, named by its id', () => {
  it('opens the figure stored under that id, though the popup\'s index also counts a figure the reader dismissed', async () => {
    const { p, placed } = page();
    // The library lists a dismissed figure first: the popup's index of the third highlighted figure is 3.
    expect(await onTabMessage(p, { type: 'scroll-to-figure', index: 3, id: 'f2' })).toEqual({ ok: true, index: 3, count: 3 });
    expect(p.open).toHaveBeenCalledWith(placed[2]);
  });

  it('an id the page did not highlight opens nothing', async () => {
    const { p } = page();
    expect(await onTabMessage(p, { type: 'scroll-to-figure', index: 0, id: 'gone' })).toEqual({ ok: false, count: 3 });
    expect(p.open).not.toHaveBeenCalled();
  });

  it('a view that knows no ids (saving off) goes by the index among its highlighted figures', async () => {
    const { p, placed } = page(false);
    expect(await onTabMessage(p, { type: 'scroll-to-figure', index: 1, id: 'f1' })).toEqual({ ok: true, index: 1, count: 3 });
    expect(p.open).toHaveBeenCalledWith(placed[1]);
  });
});
