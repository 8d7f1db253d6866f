// Keeps the figures of one page view painted: scans the article once, then, on each DOM change, re-reads the blocks
// and extracts only blocks whose text is new. Blocks whose text and painted ranges are intact are left alone (no
// re-highlighting); blocks whose text survived but whose nodes were replaced (a framework re-render) get their known
// figures re-mapped without calling the extractor again.
import type { ExtractOptions, ExtractResult, Figure, Modality } from '../extractor/figure.ts';
import { anchorAt } from '../messages/anchor.ts';
import type { ArticleInfo, PageFigure } from '../messages/contract.ts';
import { findArticle, rereadBlocks, type FoundArticle } from './find-article.ts';
import type { Painter, PaintHandle } from './highlighter.ts';
import { BLOCK_SEPARATOR, joinBlocks, pointInBlock, type ArticleText, type TextBlock } from './page-text.ts';
import { createSlicer, type Slicer } from './slicer.ts';

export interface ExtractRequest extends ExtractOptions {
  /** The text is the whole article of a page view not saved yet: save what is found as this article's figures. */
  save?: ArticleInfo;
}

/** `figureIds`: the library ids the figures were saved under, when the request asked for the save. */
export type ExtractAnswer = ExtractResult & { figureIds?: string[] };

/** The extractor, called here or (in the extension) in the background, off the page's main thread. */
export type ExtractFn = (text: string, options: ExtractRequest) => ExtractAnswer | Promise<ExtractAnswer>;

/** What the background saved with the extraction: the figures as placed here, with their ids, in the order sent. */
export interface SavedWithExtraction {
  /** The text-quote anchors of the saved figures in reading order, joined: compared with what the page would send. */
  signature: string;
  figures: Figure[];
  figureIds: string[];
  /** The reading of the page it was made in (see Annotator.reading). */
  reading: number;
}

export interface PlacedFigure {
  /** The extractor's figure with offsets local to its block's text. */
  figure: Figure;
  block: BlockState;
  handle?: PaintHandle;
  /** The reader said this is not a figure: not painted, but still saved as found (the library keeps the decision). */
  dismissed?: boolean;
}

export interface BlockState {
  block: TextBlock;
  figures: PlacedFigure[];
}

export interface AnnotatorOptions {
  extract: ExtractFn;
  painter: Painter;
  /** Largest text handed to one extract call; longer articles are cut at block boundaries (default 40 000). */
  chunkChars?: number;
  /** Asked when one extract call covers the whole article of a view: the article to save with it, if it is to be. */
  saveWith?(found: FoundArticle): ArticleInfo | undefined;
  /** Highlights added per rendered frame (default 2500): the browser's paint work after adding highlights grows with
   *  their number and is redone for all of them in each frame that adds some, so a huge page gets them over a few
   *  frames instead of one long one or many (1 MB page, 4,933 figures: 4 frames of 1,500 cost 181-198 ms with a
   *  33 ms longest task; 2 frames of 2,500 cost 133 ms with a 31 ms longest task; one frame would be ~40 ms). */
  paintPerFrame?: number;
  /** Length of a work slice before yielding (default 12 ms). */
  sliceMs?: number;
  yieldFn?: () => Promise<void>;
}

const LAYOUT_WS = /[\t\n\r\f]/g;

export class Annotator {
  found: FoundArticle | undefined;
  private states: BlockState[] = [];
  /** Figures already extracted for a block text: a re-render that brings the same text back costs no extraction. */
  private readonly cache = new Map<string, Figure[]>();
  /** Figures the reader dismissed, by block text and place, so a re-render does not paint them again. */
  private readonly dismissedKeys = new Set<string>();
  private locality: string | undefined;
  private destroyed = false;
  private readonly chunkChars: number;
  /** Time spent by the last scan (for benchmarks and tests). */
  lastScan = { busyMs: 0, longestSliceMs: 0, extracted: 0 };
  /** Set when the background saved the article along with its extraction (see ExtractRequest.save). */
  savedWithExtraction: SavedWithExtraction | undefined;
  /** Counts the readings of the page (refreshes that reached the blocks): offsets and anchors hold within one. */
  private reading = 0;

  constructor(private readonly doc: Document, private readonly url: string | undefined, private readonly options: AnnotatorOptions) {
    this.chunkChars = options.chunkChars ?? 40_000;
  }

  /** Finds the article (if not found yet) and brings the painted figures in line with the page. Returns true when the
   *  set of figures changed. */
  async refresh(): Promise<boolean> {
    if (this.destroyed) return false;
    const slicer = createSlicer(this.options.sliceMs, this.options.yieldFn);
    let article: ArticleText;
    if (!this.found || !this.found.body.isConnected) {
      this.found = findArticle(this.doc, this.url);
      if (!this.found) {
        const had = this.states.length > 0;
        this.dropAll();
        this.finish(slicer, 0);
        return had;
      }
      article = this.found.article;
    } else {
      article = rereadBlocks(this.found);
    }
    const changed = await this.reconcile(article, slicer);
    return changed;
  }

  private async reconcile(article: ArticleText, slicer: Slicer): Promise<boolean> {
    const blocks = article.blocks;
    this.reading++;
    const byText = new Map<string, BlockState[]>();
    for (const s of this.states) {
      const list = byText.get(s.block.text);
      if (list) list.push(s);
      else byText.set(s.block.text, [s]);
    }
    const next: BlockState[] = [];
    const toExtract: BlockState[] = [];
    const toPaint: BlockState[] = [];
    let changed = false;
    for (const block of blocks) {
      const olds = byText.get(block.text);
      const old = olds?.shift();
      if (old && intact(old)) {
        old.block = block;
        next.push(old);
        continue;
      }
      changed = true;
      const state: BlockState = { block, figures: [] };
      if (old) {
        for (const f of old.figures) f.handle?.unpaint();
        state.figures = old.figures.map((f) => ({ figure: f.figure, block: state }));
        toPaint.push(state);
      } else {
        const known = this.cache.get(block.text);
        if (known) {
          state.figures = known.map((figure) => ({ figure, block: state }));
          toPaint.push(state);
        } else toExtract.push(state);
      }
      next.push(state);
      if (slicer.due()) await slicer.checkpoint();
    }
    for (const list of byText.values()) {
      for (const gone of list) {
        if (gone.figures.length) changed = true;
        for (const f of gone.figures) f.handle?.unpaint();
      }
    }
    this.states = next;
    let extracted: number;
    try {
      extracted = await this.extractInto(toExtract, slicer, article);
    } catch (e) {
      // Blocks the extractor never saw must look new to the next refresh, or they would stay unscanned for good.
      const unread = new Set(toExtract.filter((s) => !this.cache.has(s.block.text)));
      this.states = this.states.filter((s) => !unread.has(s));
      for (const s of toPaint) this.paintBlock(s);
      this.finish(slicer, 0);
      throw e;
    }
    for (const s of toExtract) toPaint.push(s);
    const perFrame = this.options.paintPerFrame ?? 2500;
    let batch = 0;
    for (const s of toPaint) {
      if (this.destroyed) break;
      this.paintBlock(s);
      batch += s.figures.length;
      if (batch >= perFrame) {
        batch = 0;
        await slicer.frame();
      } else if (slicer.due()) await slicer.checkpoint();
    }
    this.finish(slicer, extracted);
    return changed;
  }

  private finish(slicer: Slicer, extracted: number): void {
    slicer.pause();
    this.lastScan = { busyMs: slicer.busyMs, longestSliceMs: slicer.longestSliceMs, extracted };
  }

  /** Runs the extractor over the blocks' texts, a chunk of whole blocks at a time, and files each figure under its block. */
  private async extractInto(states: BlockState[], slicer: Slicer, article: ArticleText): Promise<number> {
    let count = 0;
    let i = 0;
    while (i < states.length && !this.destroyed) {
      const chunk: BlockState[] = [];
      let size = 0;
      while (i < states.length && (chunk.length === 0 || size + states[i]!.block.text.length <= this.chunkChars)) {
        size += states[i]!.block.text.length + BLOCK_SEPARATOR.length;
        chunk.push(states[i]!);
        i++;
      }
      // One call over every block of the view's first scan: its text is the article's, anchors and all.
      const whole = i === states.length && chunk.length === states.length && states.length === this.states.length;
      // The article as just read is that text already: joined once, not again.
      const joined = whole && chunk.every((s, k) => s.block === article.blocks[k]) ? article : joinBlocks(chunk.map((s) => s.block));
      const save = whole && this.found ? this.options.saveWith?.(this.found) : undefined;
      // Waiting for a remote extractor is not main-thread time: the slice ends before the await.
      slicer.pause();
      let result: ExtractAnswer;
      try {
        result = await this.options.extract(joined.text, { published: this.found?.published, locality: this.locality, homeLocality: this.found?.homeLocality, save });
      } finally {
        slicer.resume();
      }
      if (this.destroyed) return count;
      // The locality the extractor read from the headline holds for the rest of the article.
      this.locality ??= result.locality;
      let b = 0;
      const placed = new Map<Figure, Figure>();
      for (const f of [...result.figures].sort((x, y) => x.start - y.start)) {
        while (b + 1 < chunk.length && joined.offsets[b + 1]! <= f.start) b++;
        const start = f.start - joined.offsets[b]!;
        const end = f.end - joined.offsets[b]!;
        // A figure that runs over a block boundary cannot be painted as one; the extractor should not produce one.
        if (start < 0 || end > chunk[b]!.block.text.length) continue;
        const state = chunk[b]!;
        const figure = { ...f, start, end };
        placed.set(f, figure);
        state.figures.push({ figure, block: state });
        count++;
      }
      if (save && result.figureIds?.length === result.figures.length) {
        this.savedWithExtraction = {
          signature: anchorSignature([...result.figures].sort((x, y) => x.start - y.start).map((f) => anchorAt(joined.text, f.start, f.end))),
          figures: result.figures.map((f) => placed.get(f) ?? f),
          figureIds: result.figureIds,
          reading: this.reading,
        };
      }
      for (const s of chunk) this.cache.set(s.block.text, s.figures.map((p) => p.figure));
      if (slicer.due()) await slicer.checkpoint();
    }
    return count;
  }

  private paintBlock(state: BlockState): void {
    for (const placed of state.figures) {
      if (this.dismissedKeys.size && this.dismissedKeys.has(dismissKey(state, placed.figure))) {
        placed.dismissed = true;
        continue;
      }
      const p = pointInBlock(state.block, placed.figure.start);
      const q = pointInBlock(state.block, placed.figure.end, true);
      if (!p || !q) continue;
      const range = this.doc.createRange();
      range.setStart(p.node, p.offset);
      range.setEnd(q.node, q.offset);
      placed.handle = this.options.painter.paint(range, modalityOf(placed.figure));
    }
  }

  /** Whether what the view would save now is exactly what the background saved with the extraction: the page not read
   *  again since, and every figure it saved painted here (or dismissed). Then the save list need not be built to
   *  compare (a second joining of the article and an anchor per figure, on every first visit). */
  savedAsExtracted(): boolean {
    const saved = this.savedWithExtraction;
    if (!saved || saved.reading !== this.reading) return false;
    let n = 0;
    for (const s of this.states) {
      for (const p of s.figures) {
        if (!p.handle && !p.dismissed) return false;
        n++;
      }
    }
    return n === saved.figures.length;
  }

  /** Every painted figure in reading order. */
  figures(): PlacedFigure[] {
    return this.states.flatMap((s) => s.figures.filter((f) => f.handle && !f.dismissed));
  }

  /** What to save: every figure found (dismissed ones too: the library keeps the reader's decision), in reading
   *  order, with offsets into the article text as now read and a text-quote anchor. */
  saveList(): { placed: PlacedFigure; figure: PageFigure }[] {
    const article = joinBlocks(this.states.map((s) => s.block));
    const out: { placed: PlacedFigure; figure: PageFigure }[] = [];
    this.states.forEach((s, i) => {
      const base = article.offsets[i]!;
      for (const placed of s.figures) {
        if (!placed.handle && !placed.dismissed) continue;
        const start = base + placed.figure.start;
        const end = base + placed.figure.end;
        const figure = { ...placed.figure, start, end, anchor: anchorAt(article.text, start, end) } as PageFigure;
        out.push({ placed, figure });
      }
    });
    return out;
  }

  pageFigures(): PageFigure[] {
    return this.saveList().map((x) => x.figure);
  }

  /** The article text as the extractor last read it (blocks joined). */
  articleText(): ArticleText {
    return joinBlocks(this.states.map((s) => s.block));
  }

  /** Takes a figure the reader dismissed off the page; it stays off when its block is re-rendered. */
  dismiss(placed: PlacedFigure): void {
    placed.handle?.unpaint();
    placed.handle = undefined;
    placed.dismissed = true;
    this.dismissedKeys.add(dismissKey(placed.block, placed.figure));
  }

  /** Where a DOM range (the reader's selection) sits in the article text, with its text-quote anchor. */
  locateRange(range: Range): { start: number; end: number; text: string; anchor: PageFigure['anchor'] } | undefined {
    const article = this.articleText();
    const find = (node: Node, offset: number): number | undefined => {
      for (let i = 0; i < article.blocks.length; i++) {
        const b = article.blocks[i]!;
        const k = b.nodes.indexOf(node as Text);
        if (k >= 0) return article.offsets[i]! + b.starts[k]! + offset;
      }
      return undefined;
    };
    const start = find(range.startContainer, range.startOffset);
    const end = find(range.endContainer, range.endOffset);
    if (start === undefined || end === undefined || end <= start) return undefined;
    const text = article.text.slice(start, end);
    return { start, end, text, anchor: anchorAt(article.text, start, end) };
  }

  private dropAll(): void {
    for (const s of this.states) for (const f of s.figures) f.handle?.unpaint();
    this.states = [];
  }

  /** Removes every highlight and forgets the page view. */
  destroy(): void {
    this.destroyed = true;
    this.dropAll();
    this.options.painter.clear();
  }
}

export function modalityOf(f: Figure): Modality {
  return f.modality ?? 'actual';
}

function dismissKey(state: BlockState, f: Figure): string {
  return `${f.start}:${f.end}:${state.block.text}`;
}

/** A block's figures are intact when every painted range still reads exactly its figure's text in the page. */
function intact(state: BlockState): boolean {
  for (const f of state.figures) {
    if (f.dismissed) continue;
    const r = f.handle?.range;
    if (!r || !r.startContainer.isConnected || r.toString().replace(LAYOUT_WS, ' ') !== f.figure.text) return false;
  }
  return true;
}

/** One string for a list of anchors: equal lists, equal strings. */
export function anchorSignature(anchors: readonly { prefix: string; exact: string; suffix: string }[]): string {
  return anchors.map((a) => `${a.prefix}\u0001${a.exact}\u0001${a.suffix}`).join('\u0000');
}
