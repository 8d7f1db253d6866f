// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult, Figure } from '../../../src/extractor/figure.ts';
import type { Request } from '../../../src/messages/contract.ts';
import type { PortSaved } from '../../../src/messages/page-messages.ts';
import { PageController, type PageEnv } from '../../../src/page/controller.ts';
import { elementPainter } from '../../../src/page/element-painter.ts';
import { addPageStyles } from '../../../src/page/styles.ts';

function extract(text: string): ExtractResult {
  const figures: Figure[] = [];
  for (const m of text.matchAll(/\d+(?:,\d+)?%/g)) figures.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'level', unit: '%', value: 1 });
  return { figures };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

function env(sent: Request[], saving = true): PageEnv {
  return {
    doc: document,
    extract,
    extractorVersion: 't',
    debounceMs: 10,
    urlPollMs: 20,
    onTabMessage: () => () => undefined,
    loadCard: () => import('../../../src/page/card-module.ts'),
    loadLater: () => import('../../../src/page/later-module.ts'),
    elementPainter,
    pageStyles: (painter) => addPageStyles(document, painter),
    send: (async (r: Request) => {
      sent.push(r);
      // As the background answers: with saving paused for the site it writes nothing and says so.
      if (r.type === 'save-article' && !saving) return { ok: true, data: { articleId: 'a', saved: false, added: 0, updated: 0, unchanged: 0, removed: 0, figureIds: [] } };
      if (r.type === 'save-article') return { ok: true, data: { articleId: 'a', saved: true, added: 0, updated: 0, unchanged: 0, removed: 0, figureIds: r.figures.map((_, i) => `f${i}`), figures: [] } };
      if (r.type === 'get-article') return { ok: true, data: null };
      return { ok: false, error: 'no' };
    }) as PageEnv['send'],
  };
}

describe('PageController', () => {
  let controller: PageController | undefined;
  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://baoapbac.vn/bai-1.html');
    document.body.innerHTML = '<article><h1>Tin</h1><div class="article-body"><p>Thu ngân sách tăng 12%.</p><p>Hộ nghèo còn 1,5%.</p></div></article>';
  });
  afterEach(() => controller?.stop());

  it('saves once per page view: re-renders that change nothing send nothing, new figures are sent', async () => {
    const sent: Request[] = [];
    controller = new PageController(env(sent));
    await controller.start();
    const saves = () => sent.filter((r) => r.type === 'save-article') as Extract<Request, { type: 'save-article' }>[];
    expect(saves()).toHaveLength(1);
    expect(saves()[0]!.figures.map((f) => f.anchor.exact)).toEqual(['12%', '1,5%']);
    expect(saves()[0]!.article).toMatchObject({ url: 'https://baoapbac.vn/bai-1.html', site: 'Báo Ấp Bắc' });
    const body = document.querySelector('.article-body')!;
    body.replaceWith(body.cloneNode(true));
    await tick(80);
    expect(saves()).toHaveLength(1);
    const p = document.createElement('p');
    p.textContent = 'Xuất khẩu tăng 7%.';
    document.querySelector('.article-body')!.append(p);
    await tick(80);
    expect(saves()).toHaveLength(2);
    expect(saves()[1]!.figures.map((f) => f.anchor.exact)).toEqual(['12%', '1,5%', '7%']);
  });

  it('applies what the reader decided from the save\'s reply, without asking for the article again', async () => {
    const sent: Request[] = [];
    const base = env(sent);
    // The library holds the second figure as dismissed by the reader on an earlier visit.
    const send = (async (r: Request) => r.type === 'save-article'
      ? (sent.push(r), { ok: true, data: { articleId: 'a', saved: true, added: 0, updated: 0, unchanged: 2, removed: 0, figureIds: ['f0', 'f1'],
        decided: [{ id: 'f1', origin: 'machine', dismissed: true }] } })
      : base.send(r as never)) as PageEnv['send'];
    controller = new PageController({ ...base, send });
    await controller.start();
    await tick(50);
    expect([...document.querySelectorAll('soi-so-mark')].map((m) => m.textContent)).toEqual(['12%']);
    expect(sent.map((r) => r.type)).toEqual(['save-article']);
  });

  describe('when the background saves the article with its first extraction', () => {
    /** The background's side: it answers with the ids when asked to save, and sends a notice only when told to. */
    function savingEnv(sent: Request[], noticeBeforeAnswer?: Omit<PortSaved, 'notice' | 'url'>) {
      const base = env(sent);
      const asked: unknown[] = [];
      let listener: ((n: PortSaved) => void) | undefined;
      const e: PageEnv = {
        ...base,
        extract: async (text, options) => {
          const result = extract(text);
          if (!options.save) return result;
          asked.push(options.save);
          if (noticeBeforeAnswer) listener?.({ notice: 'saved', url: options.save.url, ...noticeBeforeAnswer });
          return { ...result, figureIds: result.figures.map((_, i) => `x${i}`) };
        },
        onSaved: (l) => void (listener = l),
      };
      return { e, asked, notify: (n: Omit<PortSaved, 'notice' | 'url'>) => listener?.({ notice: 'saved', url: 'https://baoapbac.vn/bai-1.html', ...n }) };
    }
    const saves = (sent: Request[]) => sent.filter((r) => r.type === 'save-article') as Extract<Request, { type: 'save-article' }>[];

    it('sends no save of its own; a paragraph added later is sent as a save with every figure', async () => {
      const sent: Request[] = [];
      const { e, asked } = savingEnv(sent);
      controller = new PageController(e);
      await controller.start();
      expect(asked).toMatchObject([{ url: 'https://baoapbac.vn/bai-1.html', site: 'Báo Ấp Bắc' }]);
      expect(saves(sent)).toHaveLength(0);
      document.querySelector('.article-body')!.append(Object.assign(document.createElement('p'), { textContent: 'Xuất khẩu tăng 7%.' }));
      await tick(80);
      expect(saves(sent).map((s) => s.figures.map((f) => f.anchor.exact))).toEqual([['12%', '1,5%', '7%']]);
    });

    it('a figure it saved that the page cannot paint (it runs over two paragraphs) makes the page send what it shows', async () => {
      const sent: Request[] = [];
      const { e } = savingEnv(sent);
      controller = new PageController({
        ...e,
        extract: async (text, options) => {
          const answer = await e.extract(text, options);
          // An extractor's slip: one figure across the paragraph break. The background saved it; the page cannot show it.
          const at = text.indexOf('\n\n');
          const across = { start: at - 3, end: at + 4, text: text.slice(at - 3, at + 4), kind: 'level', unit: '%', value: 1 } as Figure;
          return { ...answer, figures: [...answer.figures, across], figureIds: answer.figureIds && [...answer.figureIds, 'x9'] };
        },
      });
      await controller.start();
      expect(document.querySelectorAll('soi-so-mark')).toHaveLength(2);
      expect(saves(sent).map((s) => s.figures.map((f) => f.anchor.exact))).toEqual([['12%', '1,5%']]);
    });

    it('a notice that saving is off for the site stops the view\'s later saves; the page stays painted', async () => {
      const sent: Request[] = [];
      const { e, notify } = savingEnv(sent);
      controller = new PageController(e);
      await controller.start();
      notify({ result: { ok: true, data: { articleId: 'a', saved: false, added: 0, updated: 0, unchanged: 0, removed: 0, figureIds: [] } } });
      document.querySelector('.article-body')!.append(Object.assign(document.createElement('p'), { textContent: 'Xuất khẩu tăng 7%.' }));
      await tick(80);
      expect(saves(sent)).toHaveLength(0);
      expect(document.querySelectorAll('soi-so-mark')).toHaveLength(3);
    });

    it('a notice that arrives before the answer is applied once the view takes the save', async () => {
      const sent: Request[] = [];
      const { e } = savingEnv(sent, { result: { ok: true, data: { articleId: 'a', saved: false, added: 0, updated: 0, unchanged: 0, removed: 0, figureIds: [] } } });
      controller = new PageController(e);
      await controller.start();
      document.querySelector('.article-body')!.append(Object.assign(document.createElement('p'), { textContent: 'Xuất khẩu tăng 7%.' }));
      await tick(80);
      expect(saves(sent)).toHaveLength(0);
    });

    it('a notice carrying the reader\'s earlier dismissal takes that figure off the page', async () => {
      const sent: Request[] = [];
      const { e, notify } = savingEnv(sent);
      controller = new PageController(e);
      await controller.start();
      expect(document.querySelectorAll('soi-so-mark')).toHaveLength(2);
      notify({ result: { ok: true, data: { articleId: 'a', saved: true, added: 0, updated: 0, unchanged: 2, removed: 0, figureIds: ['x0', 'x1'],
        decided: [{ id: 'x1', origin: 'machine', dismissed: true }] as never } } });
      // Applied with the later module, which this first need loads.
      await vi.waitFor(() => expect([...document.querySelectorAll('soi-so-mark')].map((m) => m.textContent)).toEqual(['12%']));
      expect(saves(sent)).toHaveLength(0);
    });

    it('a first visit does not load the later module; a keyboard command loads it once and still jumps', async () => {
      const sent: Request[] = [];
      const { e } = savingEnv(sent);
      let loads = 0;
      let listener: ((m: unknown) => Promise<unknown> | undefined) | undefined;
      controller = new PageController({
        ...e,
        loadLater: () => (loads++, import('../../../src/page/later-module.ts')),
        onTabMessage: (l) => ((listener = l), () => undefined),
      });
      await controller.start();
      await tick(20);
      expect(loads).toBe(0);
      expect(await listener!({ type: 'next-figure' })).toEqual({ ok: true, index: 0, count: 2 });
      expect(await listener!({ type: 'next-figure' })).toEqual({ ok: true, index: 1, count: 2 });
      expect(loads).toBe(1);
    });

    it('a notice about another address (an earlier view) changes nothing', async () => {
      const sent: Request[] = [];
      const { e } = savingEnv(sent);
      let listener: ((n: PortSaved) => void) | undefined;
      controller = new PageController({ ...e, onSaved: (l) => void (listener = l) });
      await controller.start();
      listener!({ notice: 'saved', url: 'https://baoapbac.vn/bai-0.html', result: { ok: true, data: { articleId: 'a', saved: true, added: 0, updated: 0,
        unchanged: 2, removed: 0, figureIds: ['x0', 'x1'], decided: [{ id: 'x0', origin: 'machine', dismissed: true }] as never } } });
      expect(document.querySelectorAll('soi-so-mark')).toHaveLength(2);
    });
  });

  describe('the hover card, loaded on the first focus of a figure', () => {
    /** The env with the tab-message listener kept, so a test can send the keyboard command that opens a card. */
    function focusable(loadCard: PageEnv['loadCard']) {
      let listener: ((m: unknown) => Promise<unknown> | undefined) | undefined;
      const e: PageEnv = { ...env([]), loadCard, onTabMessage: (l) => ((listener = l), () => undefined) };
      return { e, next: () => listener!({ type: 'next-figure' }) };
    }
    const host = () => document.querySelector('soi-so-card') as HTMLElement | null;

    it('loads the module only then, once, and shows the card', async () => {
      let loads = 0;
      const { e, next } = focusable(() => (loads++, import('../../../src/page/card-module.ts')));
      controller = new PageController(e);
      await controller.start();
      expect(loads).toBe(0);
      expect(host()).toBeNull();
      await next();
      await vi.waitFor(() => expect(host()?.hidden).toBe(false));
      expect(loads).toBe(1);
      await next();
      await tick(20);
      expect(loads).toBe(1);
      expect(host()?.hidden).toBe(false);
    });

    it('a module that cannot be loaded: no card, no error, the figure\'s words as the native tooltip while it is active', async () => {
      const errors: unknown[] = [];
      const onError = (x: unknown) => errors.push(x);
      process.on('unhandledRejection', onError);
      try {
        let loads = 0;
        const { e, next } = focusable(() => (loads++, Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
        controller = new PageController(e);
        await controller.start();
        // Here (happy-dom) the painter wraps figures in <soi-so-mark>, so the tooltip is on the extension's own
        // element; with the Highlight API it goes on the page element that holds the figure.
        const marks = () => document.querySelectorAll('soi-so-mark');
        const first = marks()[0]!;
        expect(await next()).toMatchObject({ ok: true, index: 0 });
        await tick(20);
        expect(host()).toBeNull();
        expect(first.getAttribute('title')).toBe('12%');
        // The next figure: the tooltip moves with it; the failed load is not tried again.
        await next();
        await tick(20);
        expect(first.hasAttribute('title')).toBe(false);
        expect(marks()[1]!.getAttribute('title')).toBe('1,5%');
        expect(loads).toBe(1);
        // Escape closes the "card" (the tooltip); stop leaves no attribute behind either.
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        await next();
        controller.stop();
        expect(document.querySelectorAll('[title]')).toHaveLength(0);
        expect(errors).toEqual([]);
      } finally {
        process.off('unhandledRejection', onError);
      }
    });

    /** A stand-in for the Highlight API (happy-dom has none): the painter then leaves the page's DOM as it is. */
    async function withHighlightApi(run: () => Promise<void>) {
      const w = window as unknown as { CSS?: object; Highlight?: unknown };
      const saved = { CSS: w.CSS, Highlight: w.Highlight };
      w.CSS = { ...(w.CSS ?? {}), highlights: new Map() };
      w.Highlight = class { add() {} delete() { return true; } clear() {} };
      try {
        await run();
      } finally {
        w.CSS = saved.CSS;
        w.Highlight = saved.Highlight;
      }
    }

    it('a new page view (SPA navigation) takes the tooltip off', () => withHighlightApi(async () => {
      const { e, next } = focusable(() => Promise.reject(new Error('missing')));
      controller = new PageController(e);
      await controller.start();
      await next();
      await tick(20);
      expect(document.querySelectorAll('[title]')).toHaveLength(1);
      window.history.pushState({}, '', '/bai-5.html');
      await tick(60);
      expect(document.querySelectorAll('[title]')).toHaveLength(0);
    }));

    it('with the Highlight API: the tooltip on the page element holding the figure, never over the page\'s own', () => withHighlightApi(async () => {
      const { e, next } = focusable(() => Promise.reject(new Error('missing')));
      const [first, second] = document.querySelectorAll('.article-body p');
      first!.setAttribute('title', 'the page\'s own');
      controller = new PageController(e);
      await controller.start();
      expect(document.querySelectorAll('soi-so-mark')).toHaveLength(0);
      await next();
      await tick(20);
      expect(first!.getAttribute('title')).toBe('the page\'s own');
      await next();
      await tick(20);
      expect(second!.getAttribute('title')).toBe('1,5%');
      controller.stop();
      expect(first!.getAttribute('title')).toBe('the page\'s own');
      expect(second!.hasAttribute('title')).toBe(false);
    }));
  });

  it('adds no style sheet of its own when the rules came with the script (declared in the manifest)', async () => {
    const sheets = () => document.adoptedStyleSheets.length + document.querySelectorAll('style').length;
    const before = sheets();
    controller = new PageController({ ...env([]), pageStyles: undefined });
    await controller.start();
    await tick(50);
    expect(document.querySelectorAll('soi-so-mark')).toHaveLength(2);
    expect(sheets()).toBe(before);
  });

  it('adds its style sheet with the first figure painted, once, and takes it away on stop', async () => {
    const sheets = () => document.adoptedStyleSheets.length + document.querySelectorAll('style').length;
    const before = sheets();
    const body = document.querySelector('.article-body')!;
    body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Không có con số nào ở đây.' }));
    controller = new PageController(env([]));
    await controller.start();
    expect(sheets()).toBe(before);
    const add = (text: string) => body.append(Object.assign(document.createElement('p'), { textContent: text }));
    add('Xuất khẩu tăng 7%.');
    await tick(80);
    expect(document.querySelectorAll('soi-so-mark')).toHaveLength(1);
    expect(sheets()).toBe(before + 1);
    add('Nhập khẩu tăng 3%.');
    await tick(80);
    expect(document.querySelectorAll('soi-so-mark')).toHaveLength(2);
    expect(sheets()).toBe(before + 1);
    controller.stop();
    expect(sheets()).toBe(before);
  });

  it('when saving is off for the site: one save the background refuses, nothing more for the view, still paints', async () => {
    const sent: Request[] = [];
    controller = new PageController(env(sent, false));
    await controller.start();
    expect(sent.map((r) => r.type)).toEqual(['save-article']);
    expect(document.querySelectorAll('soi-so-mark').length).toBeGreaterThan(0);
    // New figures on the same view are not sent either: the view knows the site is paused.
    const p = document.createElement('p');
    p.textContent = 'Xuất khẩu tăng 7%.';
    document.querySelector('.article-body')!.append(p);
    await tick(80);
    expect(document.querySelectorAll('soi-so-mark')).toHaveLength(3);
    expect(sent.map((r) => r.type)).toEqual(['save-article']);
  });

  it('a new URL (SPA navigation) is a new page view with a save of its own; stop removes everything', async () => {
    const sent: Request[] = [];
    controller = new PageController(env(sent));
    await controller.start();
    window.history.pushState({}, '', '/bai-2.html');
    document.querySelector('.article-body')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Tỷ lệ 3%.' }));
    await tick(150);
    const saves = sent.filter((r) => r.type === 'save-article') as Extract<Request, { type: 'save-article' }>[];
    expect(saves.map((s) => s.article.url)).toEqual(['https://baoapbac.vn/bai-1.html', 'https://baoapbac.vn/bai-2.html']);
    expect(saves[1]!.figures.map((f) => f.anchor.exact)).toEqual(['3%']);
    controller.stop();
    expect(document.querySelectorAll('soi-so-mark')).toHaveLength(0);
  });

  it('where the Navigation API reports navigation, a pushState is followed at once, without the URL timer', async () => {
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    try {
      const sent: Request[] = [];
      controller = new PageController({ ...env(sent), urlPollMs: 20, alivePollMs: 60_000, navigationSettleMs: 10 });
      await controller.start();
      // A pushState that changes nothing in the page: only the Navigation API's event (or a timer) can tell.
      window.history.pushState({}, '', '/bai-4.html');
      await tick(80);
      const urls = () => (sent.filter((r) => r.type === 'save-article') as Extract<Request, { type: 'save-article' }>[]).map((s) => s.article.url);
      expect(urls()).toEqual(['https://baoapbac.vn/bai-1.html']);
      navigation.dispatchEvent(new Event('currententrychange'));
      await tick(40);
      expect(urls().at(-1)).toBe('https://baoapbac.vn/bai-4.html');
    } finally {
      delete (window as unknown as { navigation?: EventTarget }).navigation;
    }
  });

  it('a navigation while the first view is still being read still gets its own view', async () => {
    const sent: Request[] = [];
    const e = env(sent);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow = e.extract;
    e.extract = async (text, o) => {
      await gate;
      return slow(text, o);
    };
    controller = new PageController(e);
    const started = controller.start();
    await tick(5);
    window.history.pushState({}, '', '/bai-3.html');
    document.querySelector('.article-body')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Tỷ lệ 9%.' }));
    await tick(60);
    release();
    await started;
    await tick(100);
    const saves = sent.filter((r) => r.type === 'save-article') as Extract<Request, { type: 'save-article' }>[];
    expect(saves.at(-1)!.article.url).toBe('https://baoapbac.vn/bai-3.html');
    expect(saves.at(-1)!.figures.map((f) => f.anchor.exact)).toEqual(['9%']);
  });
});
