// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Figure } from '../../../src/extractor/figure.ts';
import type { StoredFigure } from '../../../src/messages/records.ts';
import type { PlacedFigure } from '../../../src/page/annotator.ts';
import type { PaintHandle } from '../../../src/page/highlighter.ts';
import { applySave, type LaterPage } from '../../../src/page/later.ts';

function figure(text: string, start: number): Figure {
  return { start, end: start + text.length, text, kind: 'level', unit: '%', value: 1 };
}

/** A page of two painted figures, its annotator's reads counted. */
function page() {
  const placed = [figure('12%', 19), figure('1,5%', 40)].map((f) => ({ figure: f, handle: { range: document.createRange(), unpaint: vi.fn() } as PaintHandle }) as PlacedFigure);
  const annotator = {
    figures: vi.fn(() => placed.filter((p) => p.handle && !p.dismissed)),
    saveList: vi.fn(() => placed.map((p) => ({ placed: p }))),
    articleText: vi.fn(() => ({ text: 'Thu ngân sách tăng 12%. Hộ nghèo còn 1,5%.', blocks: [], offsets: [0] })),
    dismiss: vi.fn((p: PlacedFigure) => {
      p.handle = undefined;
      p.dismissed = true;
    }),
  };
  const changed = vi.fn();
  const p = {
    doc: document, win: window, painter: {} as LaterPage['painter'], annotator: annotator as unknown as LaterPage['annotator'],
    stopped: false, active: undefined, savingOff: false, figureIds: new Map(), comparison: undefined,
    manual: [], manualById: new Map(), figuresChanged: changed, open: vi.fn(),
  } satisfies LaterPage;
  return { p, placed, annotator, changed };
}

const reply = (decided: Partial<StoredFigure>[]) =>
  ({ ok: true, data: { articleId: 'a', saved: true, added: 0, updated: 0, unchanged: 2, removed: 0, figureIds: ['f0', 'f1'], decided } }) as never;

describe('applySave', () => {
  it('takes off the page a figure the reader dismissed on an earlier visit', () => {
    const { p, placed, annotator, changed } = page();
    applySave(p, reply([{ id: 'f1', origin: 'machine', dismissed: true }]), placed.map((x) => x.figure));
    expect(annotator.dismiss).toHaveBeenCalledWith(placed[1]);
    expect(placed.map((x) => Boolean(x.handle))).toEqual([true, false]);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(p.figureIds.get(placed[0]!.figure)).toBe('f0');
  });

  it('a reply with no decision of the reader\'s reads no figure and no article text of the page (a 1 MB page\'s save stays cheap)', () => {
    const { p, placed, annotator, changed } = page();
    applySave(p, reply([]), placed.map((x) => x.figure));
    expect(annotator.saveList).not.toHaveBeenCalled();
    expect(annotator.figures).not.toHaveBeenCalled();
    expect(annotator.articleText).not.toHaveBeenCalled();
    expect(placed.every((x) => x.handle && !x.dismissed)).toBe(true);
    expect(changed).not.toHaveBeenCalled();
    expect(p.figureIds.get(placed[1]!.figure)).toBe('f1');
  });
});
