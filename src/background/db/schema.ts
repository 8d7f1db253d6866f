// The shape of the library database, for idb's typed API. Only src/background/db opens it.
import type { DBSchema } from 'idb';
import type { StoredArticle, StoredCorrection, StoredFigure, StoredSiteSetting } from '../../messages/records.ts';

export const DB_NAME = 'soi-so-library';

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { site: string; published: string; lastSeen: number };
  };
  /** Ids: 'f…' for machine figures, 'm…' for manual ones (counts rely on it; import checks it). */
  figures: {
    key: string;
    value: StoredFigure;
    indexes: {
      articleId: string;
      seriesKey: string;
      seriesPeriod: [string, string];
      indicator: string;
      locality: string;
      period: string;
      modality: string;
    };
  };
  /** What people decided (changed fields, dismissals), keyed by figure id; never written by extraction. */
  corrections: {
    key: string;
    value: StoredCorrection;
    indexes: { articleId: string };
  };
  settings: {
    key: string;
    value: StoredSiteSetting;
  };
}

export type StoreName = 'articles' | 'figures' | 'corrections' | 'settings';
export const ALL_STORES: StoreName[] = ['articles', 'figures', 'corrections', 'settings'];
