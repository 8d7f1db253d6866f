// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExtractOptions, ExtractResult, Figure } from '../../../src/extractor/figure.ts';
import { Annotator } from '../../../src/page/annotator.ts';
import { createPainter, type Painter, type PaintHandle } from '../../../src/page/highlighter.ts';
import { elementPainter } from '../../../src/page/element-painter.ts';
import type { Modality } from '../../../src/extractor/figure.ts';

// A stand-in extractor with a fixed grammar (percentages), recording every text it was given.
function fakeExtract(calls: string[]) {
  return (text: string, options: ExtractOptions): ExtractResult => {
    calls.push(text);
    const figures: Figure[] = [];
    for (const m of text.matchAll(/\d+(?:,\d+)?\s?%/g)) {
      figures.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'level', unit: '%', value: Number(m[0].replace(/\s?%/, '').replace(',', '.')), modality: /phấn đấu/.test(text.slice(Math.max(0, m.index - 30), m.index)) ? 'target' : undefined });
    }
    return { figures, published: options.published, locality: options.locality };
  };
}

// Records what was painted, so tests can see repaints.
function recordingPainter(): Painter & { painted: { range: Range; modality: Modality; live: boolean }[] } {
  const painted: { range: Range; modality: Modality; live: boolean }[] = [];
  return {
    mode: 'highlight-api',
    painted,
    paint(range, modality): PaintHandle {
      const entry = { range, modality, live: true };
      painted.push(entry);
      return { range, unpaint: () => void (entry.live = false) };
    },
    setActive() {},
    clear() {
      for (const p of painted) p.live = false;
    },
  };
}

const live = (p: ReturnType<typeof recordingPainter>) => p.painted.filter((x) => x.live).map((x) => x.range.toString());

describe('Annotator', () => {
  beforeEach(() => {
    document.body.innerHTML = `<nav>Giảm 50%</nav><article><h1>Tăng trưởng 7,2%</h1>
      <div class="article-body"><p>Thu ngân sách tăng <b>30,43</b>% so với năm 2022.</p><p>Hộ nghèo còn 0,69%.</p>
      <p>Năm 2024 phấn đấu tăng 8%.</p></div></article><footer>Lượt xem tăng 3%</footer>`;
  });

  it('paints each figure of the article once, across inline markup, and nothing outside it', async () => {
    const calls: string[] = [];
    const painter = recordingPainter();
    const a = new Annotator(document, 'https://baoapbac.vn/a.html', { extract: fakeExtract(calls), painter });
    expect(await a.refresh()).toBe(true);
    expect(calls).toHaveLength(1);
    expect(live(painter)).toEqual(['7,2%', '30,43%', '0,69%', '8%']);
    expect(painter.painted.find((p) => p.range.toString() === '8%')!.modality).toBe('target');
    const figures = a.pageFigures();
    expect(figures.map((f) => f.anchor.exact)).toEqual(['7,2%', '30,43%', '0,69%', '8%']);
    const text = a.articleText().text;
    for (const f of figures) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text.slice(0, f.start).endsWith(f.anchor.prefix)).toBe(true);
      expect(f.anchor.prefix.length).toBeLessThanOrEqual(32);
      expect(f.anchor.suffix.length).toBeLessThanOrEqual(32);
    }
  });

  it('re-scans only the blocks that changed and leaves the others painted as they were', async () => {
    const calls: string[] = [];
    const painter = recordingPainter();
    const a = new Annotator(document, 'https://baoapbac.vn/a.html', { extract: fakeExtract(calls), painter });
    await a.refresh();
    const before = painter.painted.length;
    const p = document.createElement('p');
    p.textContent = 'Xuất khẩu tăng 12,5%.';
    document.querySelector('.article-body')!.append(p);
    expect(await a.refresh()).toBe(true);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toBe('Xuất khẩu tăng 12,5%.');
    expect(painter.painted.length).toBe(before + 1);
    expect(live(painter)).toContain('12,5%');
    // Nothing changed: no extraction, no painting.
    expect(await a.refresh()).toBe(false);
    expect(calls).toHaveLength(2);
    expect(painter.painted.length).toBe(before + 1);
  });

  it('re-maps known figures without extracting when a re-render replaces nodes with the same text', async () => {
    const calls: string[] = [];
    const painter = recordingPainter();
    const a = new Annotator(document, 'https://baoapbac.vn/a.html', { extract: fakeExtract(calls), painter });
    await a.refresh();
    const body = document.querySelector('.article-body')!;
    body.replaceWith(body.cloneNode(true));
    expect(await a.refresh()).toBe(true);
    expect(calls).toHaveLength(1);
    expect(live(painter).sort()).toEqual(['0,69%', '30,43%', '7,2%', '8%']);
    for (const p of painter.painted.filter((x) => x.live)) expect(p.range.startContainer.isConnected).toBe(true);
  });

  it('cuts long articles into chunks at block boundaries and still finds every figure', async () => {
    const calls: string[] = [];
    const painter = recordingPainter();
    const body = document.querySelector('.article-body')!;
    for (let i = 0; i < 30; i++) {
      const p = document.createElement('p');
      p.textContent = `Đoạn ${i}: chỉ số tăng ${i},5% so với cùng kỳ.`;
      body.append(p);
    }
    const a = new Annotator(document, 'https://baoapbac.vn/a.html', { extract: fakeExtract(calls), painter, chunkChars: 200 });
    await a.refresh();
    expect(calls.length).toBeGreaterThan(3);
    for (const c of calls) expect(c.length).toBeLessThanOrEqual(260);
    expect(live(painter)).toHaveLength(4 + 30);
    expect(live(painter)).toContain('29,5%');
  });

  it('takes a dismissed figure off and keeps it off after a re-render', async () => {
    const painter = recordingPainter();
    const a = new Annotator(document, 'https://baoapbac.vn/a.html', { extract: fakeExtract([]), painter });
    await a.refresh();
    a.dismiss(a.figures().find((f) => f.figure.text === '0,69%')!);
    expect(live(painter)).not.toContain('0,69%');
    const body = document.querySelector('.article-body')!;
    body.replaceWith(body.cloneNode(true));
    await a.refresh();
    expect(live(painter)).not.toContain('0,69%');
    expect(live(painter)).toContain('30,43%');
    // Still saved as found: the library, not the page, keeps the reader's decision.
    expect(a.pageFigures().map((f) => f.anchor.exact)).toContain('0,69%');
    expect(a.figures().map((f) => f.figure.text)).not.toContain('0,69%');
    // A dismissed figure does not make its block look changed: nothing is repainted on the next refresh.
    const painted = painter.painted.length;
    expect(await a.refresh()).toBe(false);
    expect(painter.painted.length).toBe(painted);
  });

  it('the element fallback wraps figures in soi-so-mark and unwraps them leaving the text as it was', async () => {
    const html = document.body.innerHTML;
    const textBefore = document.body.textContent;
    const painter = createPainter(document, 'elements', undefined, elementPainter);
    expect(painter.mode).toBe('elements');
    const a = new Annotator(document, 'https://baoapbac.vn/a.html', { extract: fakeExtract([]), painter });
    await a.refresh();
    const marks = Array.from(document.querySelectorAll('soi-so-mark'));
    expect(marks.map((m) => m.textContent).join('|')).toBe('7,2%|30,43|%|0,69%|8%');
    expect(marks.find((m) => m.textContent === '8%')!.getAttribute('data-modality')).toBe('target');
    expect(document.body.textContent).toBe(textBefore);
    // A second refresh sees the wrapped text as intact: no unwrapping and re-wrapping.
    expect(await a.refresh()).toBe(false);
    expect(document.querySelectorAll('soi-so-mark')).toHaveLength(marks.length);
    a.destroy();
    expect(document.querySelectorAll('soi-so-mark')).toHaveLength(0);
    expect(document.body.textContent).toBe(textBefore);
    expect(document.body.innerHTML.replace(/<\/?soi-so-mark[^>]*>/g, '')).toBe(html);
  });

  it('when the extractor fails, the blocks it did not read are read on the next refresh', async () => {
    const painter = recordingPainter();
    let fail = true;
    const calls: string[] = [];
    const ok = fakeExtract(calls);
    const a = new Annotator(document, 'https://baoapbac.vn/a.html', {
      extract: (text, o) => {
        if (fail) throw new Error('background gone');
        return ok(text, o);
      },
      painter,
    });
    await expect(a.refresh()).rejects.toThrow('background gone');
    expect(live(painter)).toEqual([]);
    fail = false;
    await a.refresh();
    expect(live(painter)).toEqual(['7,2%', '30,43%', '0,69%', '8%']);
  });
});
