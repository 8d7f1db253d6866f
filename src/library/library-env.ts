// What the library page needs from the browser, behind one interface so component tests can give a fake one.
import type { Send } from '../popup/popup-env.ts';

export interface LibraryEnv {
  send: Send;
  /** Saves `text` as a file the user downloads. */
  download(text: string, filename: string, type: string): void;
  /** Asks the user to confirm a destructive action. */
  confirm(message: string): boolean;
  uiLanguage?: string;
  storage?: Storage;
  /** The page's query string: initial filters (?indicator=…&locality=…). */
  search?: string;
}
