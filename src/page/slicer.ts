// Cooperative time slicing: long work checks in after each unit and gives the main thread back once its slice is
// used up, so no task grows past ~50 ms on huge pages. Also counts the main-thread time spent (for the benchmark).

export interface Slicer {
  /** Call between units of work; resolves at once while the slice lasts, else after the browser ran other tasks. */
  checkpoint(): Promise<void>;
  /** True when the slice is used up: `if (slicer.due()) await slicer.checkpoint()` spares the many units of a short
   *  job a promise each. */
  due(): boolean;
  /** Main-thread milliseconds spent in slices so far, and the longest single slice. */
  readonly busyMs: number;
  readonly longestSliceMs: number;
  /** Ends the slice now and waits for the browser to render a frame (or 100 ms when it renders none, as in a
   *  background tab), so the next batch of highlights is laid out in a frame of its own. */
  frame(): Promise<void>;
  /** Marks the end of synchronous work (before an await that is not a checkpoint). */
  pause(): void;
  resume(): void;
}

type Scheduler = { yield?: () => Promise<void> };

/** Gives the main thread back until the browser has run what is waiting (input, rendering), then resumes. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as unknown as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createSlicer(sliceMs = 12, yieldFn: () => Promise<void> = yieldToPage, now = () => performance.now()): Slicer {
  let sliceStart = now();
  let busy = 0;
  let longest = 0;
  let running = true;
  const endSlice = () => {
    if (!running) return;
    const d = now() - sliceStart;
    busy += d;
    if (d > longest) longest = d;
    running = false;
  };
  const startSlice = () => {
    sliceStart = now();
    running = true;
  };
  return {
    due: () => !running || now() - sliceStart >= sliceMs,
    async checkpoint() {
      if (running && now() - sliceStart < sliceMs) return;
      endSlice();
      await yieldFn();
      startSlice();
    },
    async frame() {
      endSlice();
      await new Promise<void>((resolve) => {
        let done = false;
        const go = () => {
          if (!done) {
            done = true;
            resolve();
          }
        };
        const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
        if (raf) raf(() => setTimeout(go, 0));
        setTimeout(go, 100);
      });
      startSlice();
    },
    get busyMs() {
      return busy + (running ? now() - sliceStart : 0);
    },
    get longestSliceMs() {
      return Math.max(longest, running ? now() - sliceStart : 0);
    },
    pause: endSlice,
    resume: startSlice,
  };
}
