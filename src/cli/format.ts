// Output formats of the CLI: JSON lines (the spec's fields plus `file`), CSV for spreadsheets, or a table to read.
import type { Figure } from '../extractor/figure.ts';
import { csvCell } from '../shared/csv-cell.ts';

export type OutputFormat = 'jsonl' | 'csv' | 'table';
export const FORMATS: readonly OutputFormat[] = ['jsonl', 'csv', 'table'];

const COLUMNS = ['file', 'start', 'end', 'text', 'kind', 'value', 'of', 'high', 'unit', 'indicator', 'locality', 'period',
  'modality', 'direction', 'base', 'status', 'bound'] as const;

export type Row = Figure & { file: string };

export function formatRows(rows: Row[], format: OutputFormat, withHeader: boolean): string {
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r) + '\n').join('');
  if (format === 'csv') {
    const lines = rows.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','));
    return (withHeader ? [COLUMNS.join(','), ...lines] : lines).map((l) => l + '\n').join('');
  }
  return rows.map((r) => [
    `${r.file}:${r.start}`.padEnd(28), (r.text ?? '').padEnd(26), r.kind.padEnd(10), (r.indicator ?? '—').padEnd(26),
    (r.locality ?? '—').padEnd(22), (r.period ?? '—').padEnd(10), r.modality ?? '',
  ].join(' ') + '\n').join('');
}
