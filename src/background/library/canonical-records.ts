// Stored records rebuilt as fresh objects whose keys are in the export's canonical (sorted) order, so plain
// JSON.stringify writes the canonical bytes. This is what the exporter does per record: an allow-list replacer gives
// the same bytes but made serialising 100,000 figures about 3× slower (bench/export-serialise.ts).
// Every field is listed, undefined or not (JSON.stringify leaves undefined ones out, as the replacer did); the
// `Complete` return types make the compiler refuse a record type that gains a field this file does not write.
import type { Figure } from '../../extractor/figure.ts';
import type { Anchor } from '../../messages/anchor.ts';
import type { StoredArticle, StoredCorrection, StoredFigure, StoredSiteSetting } from '../../messages/records.ts';

type Complete<T> = { [K in keyof Required<T>]: T[K] | undefined };

function anchor(a: Anchor): Anchor {
  return { exact: a.exact, prefix: a.prefix, suffix: a.suffix } satisfies Complete<Anchor>;
}

export function canonicalArticle(a: StoredArticle): Complete<StoredArticle> {
  return {
    canonicalUrl: a.canonicalUrl, extractorVersion: a.extractorVersion, firstSeen: a.firstSeen, headline: a.headline,
    id: a.id, lastSeen: a.lastSeen, locality: a.locality, published: a.published, site: a.site, url: a.url,
  };
}

export function canonicalFigure(f: StoredFigure): Complete<StoredFigure> {
  return {
    anchor: anchor(f.anchor), articleId: f.articleId, base: f.base, bound: f.bound, corrected: f.corrected,
    direction: f.direction, dismissed: f.dismissed, end: f.end, extractorVersion: f.extractorVersion, high: f.high,
    id: f.id, indicator: f.indicator, kind: f.kind, locality: f.locality, modality: f.modality, of: f.of,
    origin: f.origin, period: f.period, seriesKey: f.seriesKey, start: f.start, status: f.status, text: f.text,
    unit: f.unit, value: f.value,
  };
}

/** A correction's changes are any subset of a figure's own fields. */
function changes(c: Partial<Figure>): Complete<Figure> {
  return {
    base: c.base, bound: c.bound, direction: c.direction, end: c.end, high: c.high, indicator: c.indicator,
    kind: c.kind, locality: c.locality, modality: c.modality, of: c.of, period: c.period, start: c.start,
    status: c.status, text: c.text, unit: c.unit, value: c.value,
  };
}

export function canonicalCorrection(c: StoredCorrection): Complete<StoredCorrection> {
  return { articleId: c.articleId, changes: changes(c.changes), dismissed: c.dismissed, figureId: c.figureId, updatedAt: c.updatedAt };
}

export function canonicalSetting(s: StoredSiteSetting): Complete<StoredSiteSetting> {
  return { saving: s.saving, site: s.site, updatedAt: s.updatedAt };
}
