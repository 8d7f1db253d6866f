// The module of what a page view does only on some pages (later.ts), built on its own into the package's
// LATER_MODULE_FILE (vite.config.ts) and loaded by the content script on the first need (PageEnv.loadLater).
import { applyNotice, applySave, onTabMessage } from './later.ts';

export { applyNotice, applySave, onTabMessage };

export interface LaterModule {
  applySave: typeof applySave;
  applyNotice: typeof applyNotice;
  onTabMessage: typeof onTabMessage;
}
