// Import and clear-all: the two requests that replace or remove data in bulk.
import { clearAll, importJson } from '../library/import-json.ts';
import type { HandlerGroup } from './types.ts';

export const importer: HandlerGroup<'import-json' | 'clear-all'> = {
  'import-json': (r, db) => importJson(db, r.json),
  // The schema only lets `confirm: true` through: clearing never happens by accident.
  'clear-all': (_r, db) => clearAll(db),
};
