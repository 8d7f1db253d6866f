// Figure ids come from where the figure sits, not from what the extractor made of it: the same page saved again
// (by any extractor version) maps to the same ids, so corrections stay attached.
import type { Anchor } from '../../messages/anchor.ts';
import { hash64 } from './hash.ts';

function anchorKey(a: Anchor): string {
  return `${a.prefix}\u0000${a.exact}\u0000${a.suffix}`;
}

/** Ids for a page's figures in order; identical anchors are told apart by their occurrence index. */
export function machineFigureIds(articleId: string, anchors: Anchor[]): string[] {
  const seen = new Map<string, number>();
  return anchors.map((a) => {
    const k = anchorKey(a);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return `f${hash64(`${articleId}\u0001${k}\u0001${n}`)}`;
  });
}

/** A person's figure: adding the same anchor again updates it instead of adding another. */
export function manualFigureId(articleId: string, anchor: Anchor): string {
  return `m${hash64(`${articleId}\u0001${anchorKey(anchor)}\u0001manual`)}`;
}
