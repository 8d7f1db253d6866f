import { getSiteSettings, setSiteSaving } from '../library/site-settings.ts';
import type { HandlerGroup } from './types.ts';

export const siteSettings: HandlerGroup<'get-site-settings' | 'set-site-saving'> = {
  'get-site-settings': (r, db) => getSiteSettings(db, r.site),
  'set-site-saving': (r, db) => setSiteSaving(db, r.site, r.saving),
};
