// Bundled (IIFE) by bench/content-script.ts into every page of its "evaluation counted" rows, ours and mark.js alike,
// before the clock: a Web Worker running the background's port handler (warmed up, as the background is after its
// first page), `chrome.runtime` and `chrome.i18n` over it as the content script uses them (src/page/runtime.ts), and
// the window: `run()` opens it, inserts the script under test inline (evaluated inside the window) and ends it two
// frames after the port's answer (ours) or after mark.js returns (it calls `finished`).
// Its arguments come in `soiSoHonestArgs`; `soiSoHonest.ready` settles when the worker is warm.
const args = (globalThis as unknown as { soiSoHonestArgs: { packageUrl?: string; src?: string; warmTexts?: string[]; workerCode: string; code: string; ranges: { start: number; length: number }[]} }).soiSoHonestArgs;

const worker = new Worker(URL.createObjectURL(new Blob([args.workerCode], { type: 'text/javascript' })));
const extractOnce = (text: string) => new Promise<void>((resolve) => {
  const once = () => {
    worker.removeEventListener('message', once);
    resolve();
  };
  worker.addEventListener('message', once);
  worker.postMessage({ id: -1, type: 'extract', text });
});
// Warm as a background is after a few pages: whole articles (other than the page's), not one sentence, or the
// extractor is still compiling when the page asks, its answer comes some 300 ms later, and whatever else the page's
// main thread does meanwhile (the browser's own page-timing reports, a code-cache task) falls inside ours' window.
const ready = (async () => {
  for (const text of ['Thu ngân sách tăng 5,2% so với cùng kỳ.', ...(args.warmTexts ?? [])]) await extractOnce(text);
})();

function painted(): number {
  let n = 0;
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => void (n += h.size));
  return n;
}

let t0 = 0;
let ending = false;
let resolveDone: (r: { wallMs: number }) => void = () => undefined;
const done = new Promise<{ wallMs: number }>((r) => (resolveDone = r));

function end(): void {
  const wallMs = performance.now() - t0;
  console.timeStamp('soi-so-end');
  resolveDone({ wallMs });
}

/** Called when the script under test is done: by mark.js after it returns, by the port after the background's answer
 *  (the typical article's one answer is painted in its own task: the page's slicer yields only after 12 ms). The window
 *  ends two frames later. Nothing is looked at inside the window; the page's highlights are counted after it. */
function finished(): void {
  if (ending) return;
  ending = true;
  requestAnimationFrame(() => requestAnimationFrame(end));
}

let answers = 0;
const port = {
  postMessage: (m: unknown) => worker.postMessage(m),
  disconnect: () => undefined,
  onMessage: {
    addListener: (fn: (m: unknown) => void) => worker.addEventListener('message', (e) => {
      fn(e.data);
      answers++;
      finished();
    }),
  },
  onDisconnect: { addListener: () => undefined },
};

const runtime = {
  id: 'soi-so-bench',
  // The package's files the content script imports (its page code, the card): served by the benchmark from HONEST_DIST,
  // under a new address on each load, so no load finds one in the HTTP cache or V8's code cache.
  getURL: (path: string) => (args.packageUrl ? `${args.packageUrl}${path}?load=${Math.random()}` : `chrome-extension://soi-so-bench/${path}`),
  connect: () => port,
  // Extension messaging serialises the message on the page's main thread; so does the stand-in. A first visit sends
  // none (its save rides on the extraction).
  sendMessage: async (m: unknown) => {
    JSON.stringify(m);
    return { ok: false, error: 'not in the benchmark' };
  },
  onMessage: { addListener: () => undefined, removeListener: () => undefined },
};
// Chromium 150 (Debian's package on this machine since session 21) defines the page's `chrome` non-configurable but
// writable; 156 left it configurable.
const chromeStandIn = { runtime, i18n: { getUILanguage: () => 'vi' } };
try {
  Object.defineProperty(globalThis, 'chrome', { value: chromeStandIn, configurable: true, writable: true });
} catch {
  (globalThis as unknown as { chrome: unknown }).chrome = chromeStandIn;
}

(globalThis as unknown as { soiSoHonest: unknown }).soiSoHonest = {
  ready,
  ranges: args.ranges,
  finished,
  painted,
  answers: () => answers,
  /** The counted part: the window opens, the script is inserted inline and evaluated, the window ends when done. */
  run(): Promise<{ wallMs: number }> {
    console.timeStamp('soi-so-start');
    t0 = performance.now();
    const script = document.createElement('script');
    if (args.src) script.src = args.src;
    else script.textContent = args.code;
    document.head.append(script);
    return done;
  },
};
