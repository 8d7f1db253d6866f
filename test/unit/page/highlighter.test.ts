// @vitest-environment happy-dom
// The Highlight API painter against a stand-in registry (happy-dom has no CSS.highlights): layers are registered as
// they are first needed, and the page's one-time set-up runs just before the first range is painted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPainter } from '../../../src/page/highlighter.ts';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

describe('Highlight API painter', () => {
  let registry: Map<string, FakeHighlight>;
  const win = window as unknown as { Highlight?: unknown };
  const css = Object.getOwnPropertyDescriptor(window, 'CSS');
  beforeEach(() => {
    registry = new Map();
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    win.Highlight = FakeHighlight;
    document.body.innerHTML = '<p>Thu ngân sách tăng 12%, chi tăng 8%.</p>';
  });
  afterEach(() => {
    if (css) Object.defineProperty(window, 'CSS', css);
    else delete (window as unknown as { CSS?: unknown }).CSS;
    delete win.Highlight;
  });

  const rangeOf = (start: number, end: number) => {
    const r = document.createRange();
    const text = document.querySelector('p')!.firstChild!;
    r.setStart(text, start);
    r.setEnd(text, end);
    return r;
  };

  it('registers a layer when it is first painted on, and runs the first-paint set-up once', () => {
    let setUps = 0;
    const painter = createPainter(document, undefined, () => setUps++);
    expect(painter.mode).toBe('highlight-api');
    painter.setActive(undefined);
    expect([...registry.keys()]).toEqual([]);
    expect(setUps).toBe(0);
    const a = painter.paint(rangeOf(19, 22), 'actual');
    expect(setUps).toBe(1);
    expect([...registry.keys()]).toEqual(['soi-so-actual']);
    painter.paint(rangeOf(32, 34), 'target');
    expect([...registry.keys()]).toEqual(['soi-so-actual', 'soi-so-target']);
    painter.setActive(a);
    expect(registry.get('soi-so-active')?.priority).toBe(1);
    expect([...registry.get('soi-so-active')!]).toEqual([a.range]);
    expect(setUps).toBe(1);
    a.unpaint();
    expect(registry.get('soi-so-actual')!.size).toBe(0);
    expect(registry.get('soi-so-active')!.size).toBe(0);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});
