// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult, Figure } from '../../../src/extractor/figure.ts';
import type { Request } from '../../../src/messages/contract.ts';

// What happened, in order: the page handing the main thread back before a save ('yield'), and the saves sent.
const events: string[] = [];
vi.mock('../../../src/page/slicer.ts', async (original) => ({
  ...(await original<typeof import('../../../src/page/slicer.ts')>()),
  yieldToPage: () => {
    events.push('yield');
    return new Promise<void>((r) => setTimeout(r, 0));
  },
}));

const { PageController } = await import('../../../src/page/controller.ts');
const { elementPainter } = await import('../../../src/page/element-painter.ts');

function extract(text: string): ExtractResult {
  const figures: Figure[] = [];
  for (const m of text.matchAll(/\d+(?:,\d+)?%/g)) figures.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'level', unit: '%', value: 1 });
  return { figures };
}

/** A page of `n` paragraphs with a figure each, read by a controller whose background saves nothing with the extraction. */
async function visit(n: number): Promise<Extract<Request, { type: 'save-article' }>[]> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://baoapbac.vn/bai-1.html');
  const paragraphs = Array.from({ length: n }, (_, i) => `<p>Xã ${i} có tỷ lệ hộ nghèo còn ${i % 9},5%.</p>`).join('');
  document.body.innerHTML = `<article><h1>Tin</h1><div class="article-body">${paragraphs}</div></article>`;
  const saves: Extract<Request, { type: 'save-article' }>[] = [];
  controller = new PageController({
    doc: document,
    extract,
    extractorVersion: 't',
    debounceMs: 10,
    urlPollMs: 20,
    onTabMessage: () => () => undefined,
    loadCard: () => import('../../../src/page/card-module.ts'),
    loadLater: () => import('../../../src/page/later-module.ts'),
    elementPainter,
    send: (async (r: Request) => {
      if (r.type !== 'save-article') return { ok: false, error: 'no' };
      events.push('save');
      saves.push(r);
      return { ok: true, data: { articleId: 'a', saved: true, added: 0, updated: 0, unchanged: 0, removed: 0, figureIds: r.figures.map((_, i) => `f${i}`), figures: [] } };
    }) as never,
  });
  await controller.start();
  return saves;
}

let controller: InstanceType<typeof PageController> | undefined;
afterEach(() => {
  controller?.stop();
  events.length = 0;
});

describe('a long save is sent in a task of its own', () => {
  it('a page of some 450 figures hands the main thread back after painting, then sends every figure', async () => {
    const saves = await visit(450);
    expect(events).toEqual(['yield', 'save']);
    expect(saves[0]!.figures).toHaveLength(450);
    expect(document.querySelectorAll('soi-so-mark')).toHaveLength(450);
  });

  it('a typical article\'s save goes at once, with no extra task', async () => {
    const saves = await visit(13);
    expect(events).toEqual(['save']);
    expect(saves[0]!.figures).toHaveLength(13);
  });
});
