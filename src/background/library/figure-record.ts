// Building stored figures from what the page sent, with a person's corrections laid over the machine's fields.
import type { PageFigure } from '../../messages/contract.ts';
import type { StoredCorrection, StoredFigure } from '../../messages/records.ts';
import type { Figure } from '../../extractor/figure.ts';
import { seriesKeyOf } from '../../messages/series-key.ts';

const FIGURE_FIELDS = [
  'start', 'end', 'text', 'kind', 'value', 'of', 'high', 'unit', 'indicator', 'locality', 'period', 'modality',
  'direction', 'base', 'status', 'bound',
] as const satisfies readonly (keyof Figure)[];

/** Only the spec's figure fields, without undefined entries (so records compare and export cleanly). */
export function figureFields(f: Partial<Record<keyof Figure, unknown>>): Partial<Figure> {
  const out: Record<string, unknown> = {};
  for (const k of FIGURE_FIELDS) if (f[k] !== undefined) out[k] = f[k];
  return out as Partial<Figure>;
}

/** The record as people should see it: machine fields, then their changes; seriesKey follows the result. */
export function applyCorrection(f: StoredFigure, c: StoredCorrection | undefined): StoredFigure {
  const merged: StoredFigure = { ...f };
  delete merged.corrected;
  delete merged.dismissed;
  if (c) {
    if (Object.keys(c.changes).length > 0) {
      Object.assign(merged, figureFields(c.changes));
      merged.corrected = true;
    }
    if (c.dismissed) merged.dismissed = true;
  }
  merged.seriesKey = seriesKeyOf(merged);
  return merged;
}

export interface FigureContext {
  id: string;
  articleId: string;
  /** The article's main locality: figures that name none belong to it. */
  articleLocality?: string;
  extractorVersion: string;
  origin: StoredFigure['origin'];
}

export function buildFigure(pf: PageFigure, ctx: FigureContext, correction?: StoredCorrection): StoredFigure {
  const fields = figureFields(pf) as Figure;
  if (fields.locality === undefined && ctx.articleLocality) fields.locality = ctx.articleLocality;
  const base: StoredFigure = {
    ...fields,
    id: ctx.id,
    articleId: ctx.articleId,
    seriesKey: seriesKeyOf(fields),
    anchor: { exact: pf.anchor.exact, prefix: pf.anchor.prefix, suffix: pf.anchor.suffix },
    extractorVersion: ctx.extractorVersion,
    origin: ctx.origin,
  };
  return applyCorrection(base, correction);
}
