// What a reader would see of the content script, probed from the page's main world.
// Works with Playwright and Puppeteer pages alike (both have evaluate).

export interface EvaluatingPage {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

export interface MarkCount {
  /** Entries in the CSS Custom Highlight registry (CSS.highlights). */
  highlights: number;
  /** Ranges held by those entries. */
  ranges: number;
  /** Fallback <soi-so-mark> elements, for browsers without the Highlight API. */
  elements: number;
}

export async function countMarks(page: EvaluatingPage): Promise<MarkCount> {
  return page.evaluate(() => {
    const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<Range>> } | undefined)?.highlights;
    let ranges = 0;
    registry?.forEach((highlight) => (ranges += highlight.size));
    return { highlights: registry?.size ?? 0, ranges, elements: document.querySelectorAll('soi-so-mark').length };
  });
}

/** Polls until the page shows figure marks (highlights or fallback elements); throws with what it saw on timeout. */
export async function waitForMarks(page: EvaluatingPage, timeoutMs = 10_000): Promise<MarkCount> {
  const deadline = Date.now() + timeoutMs;
  let last: MarkCount = { highlights: 0, ranges: 0, elements: 0 };
  while (Date.now() < deadline) {
    last = await countMarks(page);
    if (last.ranges > 0 || last.elements > 0) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No figure marks after ${timeoutMs} ms (CSS.highlights: ${last.highlights} entries, ${last.ranges} ranges; <soi-so-mark>: ${last.elements}).`);
}

/** Polls `probe` until it returns something truthy; throws with the last value on timeout. */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 10_000, intervalMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}${lastError ? `; last error: ${String(lastError)}` : ''}`);
}

/** A Playwright or a Puppeteer page. */
export type HoveringPage = import('playwright-core').Page | import('puppeteer-core').Page;
type EvaluateWithArg = <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>;

/**
 * Moves the mouse onto the first highlighted figure whose text is `text` (CSS.highlights ranges or <soi-so-mark>),
 * scrolling it into view first, as a reader pointing at it would. Throws when no such figure is marked.
 */
export async function hoverFigure(page: HoveringPage, text: string): Promise<void> {
  // No named inner functions: tsx would wrap them in a __name() helper that the page does not have.
  const evaluate = page.evaluate.bind(page) as unknown as EvaluateWithArg;
  const point = await evaluate((wanted: string) => {
    let found: Range | Element | undefined;
    (globalThis.CSS as unknown as { highlights?: Map<string, Set<Range>> } | undefined)?.highlights?.forEach((h) => {
      for (const r of h) if (!found && r.toString().trim() === wanted) found = r;
    });
    found ??= [...document.querySelectorAll('soi-so-mark')].find((m) => m.textContent?.trim() === wanted);
    if (!found) return undefined;
    const first = found.getBoundingClientRect();
    window.scrollBy(0, first.top - window.innerHeight / 2);
    const box = found.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, text);
  if (!point) throw new Error(`No highlighted figure reads "${text}".`);
  await page.mouse.move(point.x, point.y);
}
