// Everything the popup needs from the browser, behind one interface so component tests can give a fake one.
import type { Request, Result } from '../messages/contract.ts';
import type { ResponseMap } from '../messages/responses.ts';

export type Send = <R extends Request>(request: R) => Promise<Result<ResponseMap[R['type']]>>;

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface PopupEnv {
  send: Send;
  /** The tab the popup is about: `?tab=ID` when given (tests, or a popup opened in a tab), else the active tab. */
  currentTab(): Promise<TabInfo | undefined>;
  /** A message to the content script in that tab; rejects when no content script listens. */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** Whether the extension may read pages of `origin` (scheme and host, no port: `https://example.vn`). */
  canRead(origin: string): Promise<boolean>;
  /** Asks the user for permission to read `origin` (must run in a click handler). */
  requestRead(origin: string): Promise<boolean>;
  /** Opens the library page, on one series when given. */
  /** Runs the content script in that tab now (after the user allowed its site), so no reload is needed. */
  readNow(tabId: number): Promise<void>;
  openLibrary(series?: { indicator: string; locality: string }): void;
  uiLanguage?: string;
  storage?: Storage;
}
