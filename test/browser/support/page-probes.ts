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
