// Bundled (IIFE) into benchmark pages by bench/content-script.ts: runs the content script's page work — the same
// PageController the extension runs, with the real extractor and a stand-in for the background — and, on a fresh
// page, mark.js highlighting the same ranges. console.timeStamp marks the window the trace is cut to.
import Mark from 'mark.js';
import { extract } from '../src/extractor/index.ts';
import type { Request } from '../src/messages/contract.ts';
import { BackgroundPort, type PortLike } from '../src/page/background-port.ts';
import { PageController } from '../src/page/controller.ts';
import { findArticle } from '../src/page/find-article.ts';
import { FigureCard } from '../src/page/card.ts';
import { cardVi } from '../src/page/card-strings.ts';
import * as cardModule from '../src/page/card-module.ts';
import * as laterModule from '../src/page/later-module.ts';
import { addStyles } from '../src/page/style-sheet.ts';
import { addPageStyles, pageCss } from '../src/page/styles.ts';
import { createPainter } from '../src/page/highlighter.ts';
import { EXTRACTOR_VERSION } from '../src/extractor/index.ts';

// The background's answers, instantly: the benchmark measures the page's own work.
async function send(request: Request): Promise<unknown> {
  // Extension messaging serialises the message on the page's main thread; so does the stand-in.
  JSON.stringify(request);
  if (request.type === 'get-site-settings') return { ok: true, data: { site: request.site, saving: true } };
  if (request.type === 'save-article') return { ok: true, data: { articleId: 'a', saved: true, added: request.figures.length, updated: 0, unchanged: 0, removed: 0, figureIds: request.figures.map((_, i) => `f${i}`) } };
  return { ok: false, error: 'not in the benchmark' };
}

/** Offsets of the painted ranges in the text mark.js reads (every text node of <body> outside script/style). */
function markRangesOf(ranges: Range[]): { start: number; length: number }[] {
  const starts = new Map<Node, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script,style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    starts.set(n, at);
    at += (n as Text).data.length;
  }
  return ranges.map((r) => {
    const s = starts.get(r.startContainer)! + r.startOffset;
    const e = starts.get(r.endContainer)! + r.endOffset;
    return { start: s, length: e - s };
  });
}

/** Two frames after the work: the layout and paint it caused belong to it. */
const settle = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Ranges from mark.js-style offsets (the inverse of markRangesOf). */
function rangesFromOffsets(offsets: { start: number; length: number }[]): Range[] {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script,style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(at);
    at += (n as Text).data.length;
  }
  const find = (x: number, end: boolean) => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! < x || (!end && starts[mid]! === x)) lo = mid;
      else hi = mid - 1;
    }
    return { node: nodes[lo]!, offset: x - starts[lo]! };
  };
  return offsets.map((o) => {
    const a = find(o.start, false);
    const b = find(o.start + o.length, true);
    const r = document.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  });
}

function paintedRanges(): Range[] {
  // On a page with very many figures only those near the viewport are registered (src/page/highlight-window.ts);
  // a printout registers them all, and this is read after the measured window.
  window.dispatchEvent(new Event('beforeprint'));
  const out: Range[] = [];
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
    if (name !== 'soi-so-active') for (const r of h) out.push(r);
  });
  return out.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
}

/** Whether the page holds the highlight rules as the manifest declares them (bench/content-script.ts adds them on
 *  load, as the browser does before the page's first style calculation); `STYLES=added` measures the script adding
 *  its own sheet with the first highlight instead, as it did before. */
const declared = () => document.documentElement.hasAttribute('data-soi-so-declared-css');

(globalThis as unknown as { soiSoBench: unknown }).soiSoBench = {
  /** Diagnostics (DEBUG_PHASES=1): cold cost of each start-up step on a fresh page. */
  phases() {
    const out: Record<string, number> = {};
    let t = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      out[name] = Number((now - t).toFixed(2));
      t = now;
    };
    const found = findArticle(document, location.href);
    lap('findArticle (cold)');
    findArticle(document, location.href);
    lap('findArticle (warm)');
    const card = new FigureCard(document, cardVi, 'vi');
    lap('card');
    const undo = addStyles(document, pageCss());
    lap('page styles');
    const painter = createPainter(document);
    lap('painter');
    for (const b of found!.article.blocks.slice(0, 13)) {
      const r = document.createRange();
      r.setStart(b.nodes[0]!, 0);
      r.setEnd(b.nodes[0]!, Math.min(3, b.nodes[0]!.data.length));
      painter.paint(r, 'actual');
    }
    lap('paint 13');
    card.destroy();
    undo();
    painter.clear();
    return out;
  },
  /** `background`: extraction in a worker (as the extension does it through its port); `in-page`: the fallback. */
  async runContentScript(mode: 'background' | 'in-page', workerCode: string) {
    // The worker starts before the clock: in the extension the background is already running.
    const worker = mode === 'background' ? new Worker(URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }))) : undefined;
    const open = (): PortLike => {
      const onDisconnect = { addListener: () => undefined };
      return {
        postMessage: (m) => worker!.postMessage(m),
        disconnect: () => worker!.terminate(),
        onMessage: { addListener: (fn) => worker!.addEventListener('message', (e) => fn(e.data)) },
        onDisconnect,
      };
    };
    const background = new BackgroundPort({ open, local: async () => ({ extract, version: EXTRACTOR_VERSION }) });
    // As in the extension after its first page, the background's extractor is already warm.
    if (worker) await background.extract('Thu ngân sách tăng 5,2% so với cùng kỳ.', {});
    // Start in a task of its own, not in the tail of the warm-up's.
    await new Promise((r) => setTimeout(r, 50));
    console.timeStamp('soi-so-start');
    const t0 = performance.now();
    const controller = new PageController({
      pageStyles: declared() ? undefined : (mode) => addPageStyles(document, mode),
      doc: document,
      extract: mode === 'background' ? background.extract : extract,
      onSaved: (listener) => background.onSaved(listener),
      extractorVersion: 'bench',
      send: send as never,
      onTabMessage: () => () => undefined,
      // In this bundle, not loaded apart as in the extension: the window measured never opens the card.
      loadCard: async () => cardModule,
      loadLater: async () => laterModule,
    });
    await controller.start();
    await settle();
    const wallMs = performance.now() - t0;
    console.timeStamp('soi-so-end');
    worker?.terminate();
    return { wallMs, slicesMs: controller.lastScan.busyMs, longestSliceMs: controller.lastScan.longestSliceMs };
  },
  /** Like for like with mark.js: only painting the given ranges with the Highlight API (ranges built first). */
  async runPainterOnly(offsets: { start: number; length: number }[]) {
    const ranges = rangesFromOffsets(offsets);
    console.timeStamp('soi-so-start');
    const t0 = performance.now();
    if (!declared()) addStyles(document, pageCss());
    const painter = createPainter(document);
    for (const r of ranges) painter.paint(r, 'actual');
    await settle();
    const ms = performance.now() - t0;
    console.timeStamp('soi-so-end');
    return { ms, marked: ranges.length };
  },
  /** Called after the measured window, in a task of its own. */
  painted() {
    const ranges = paintedRanges();
    return { figures: ranges.length, markRanges: markRangesOf(ranges) };
  },
  async runMarkJs(ranges: { start: number; length: number }[]) {
    console.timeStamp('soi-so-start');
    const t0 = performance.now();
    new Mark(document.body).markRanges(ranges);
    await settle();
    const ms = performance.now() - t0;
    console.timeStamp('soi-so-end');
    return { ms, marked: document.querySelectorAll('mark[data-markjs]').length };
  },
};
