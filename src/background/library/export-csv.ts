// Figures as CSV for spreadsheets: UTF-8 with BOM (so Excel shows Vietnamese), RFC 4180 quoting, CRLF lines,
// one header row; cells quoted by shared/csv-cell.ts.
import type { StoredFigure } from '../../messages/records.ts';
import type { LibraryDb } from '../db/open-db.ts';
import { csvCell } from '../../shared/csv-cell.ts';
import { summarise } from './article-summary.ts';
import { exportFileName, snapshot } from './export-json.ts';

const COLUMNS = [
  'figure_id', 'article_url', 'headline', 'site', 'published', 'text', 'kind', 'value', 'of', 'high', 'unit',
  'indicator', 'locality', 'period', 'modality', 'direction', 'base', 'status', 'bound', 'origin', 'corrected',
  'dismissed', 'extractor_version', 'context',
] as const;

type Row = { figure: StoredFigure; article: ReturnType<typeof summarise> };

function line({ figure: f, article: a }: Row): string {
  const values: Record<(typeof COLUMNS)[number], unknown> = {
    figure_id: f.id, article_url: a.url, headline: a.headline, site: a.site, published: a.published, text: f.text,
    kind: f.kind, value: f.value, of: f.of, high: f.high, unit: f.unit, indicator: f.indicator, locality: f.locality,
    period: f.period, modality: f.modality, direction: f.direction, base: f.base, status: f.status, bound: f.bound,
    origin: f.origin, corrected: f.corrected ? 'yes' : '', dismissed: f.dismissed ? 'yes' : '',
    extractor_version: f.extractorVersion, context: `${f.anchor.prefix}${f.anchor.exact}${f.anchor.suffix}`,
  };
  return `${COLUMNS.map((c) => csvCell(values[c])).join(',')}\r\n`;
}

/** The CSV handed to `sink` piece by piece (`rowsPerPiece` lines each); joined, the pieces are the file. */
function figuresCsv(rows: Row[], sink: (piece: string) => void, rowsPerPiece = 2000): void {
  sink(`\uFEFF${COLUMNS.join(',')}\r\n`);
  for (let i = 0; i < rows.length; i += rowsPerPiece) sink(rows.slice(i, i + rowsPerPiece).map(line).join(''));
}

/** Rows need every figure (they are ordered by article address), so the file is serialised after one snapshot. */
export async function streamCsv(db: LibraryDb, sink: (piece: string) => void): Promise<void> {
  const s = await snapshot(db);
  const articles = new Map(s.articles.map((a) => [a.id, a]));
  const rows = s.figures.map((figure) => ({ figure, article: summarise(articles.get(figure.articleId), figure.articleId) }));
  rows.sort((x, y) => (x.article.url < y.article.url ? -1 : x.article.url > y.article.url ? 1 : x.figure.start - y.figure.start));
  figuresCsv(rows, sink);
}

export async function exportCsv(db: LibraryDb): Promise<{ text: string; filename: string }> {
  const pieces: string[] = [];
  await streamCsv(db, (p) => pieces.push(p));
  return { text: pieces.join(''), filename: exportFileName('csv') };
}
