// Export: the background builds the text; the library page saves it through a Blob download (no downloads permission).
import { exportCsv } from '../library/export-csv.ts';
import { exportJson } from '../library/export-json.ts';
import type { HandlerGroup } from './types.ts';

export const exporter: HandlerGroup<'export-json' | 'export-csv'> = {
  'export-json': (_r, db) => exportJson(db),
  'export-csv': (_r, db) => exportCsv(db),
};
