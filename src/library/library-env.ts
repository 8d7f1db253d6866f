// What the library page needs from the browser, behind one interface so component tests can give a fake one.
import type { Result } from '../messages/contract.ts';
import type { ImportResponse } from '../messages/responses.ts';
import type { Send } from '../popup/popup-env.ts';

export interface LibraryEnv {
  send: Send;
  /** The whole library as a file's text, however large (chunked over a port, past the 64 MiB message cap). */
  exportLibrary(kind: 'json' | 'csv'): Promise<Result<{ text: string; filename: string }>>;
  /** Imports a library file's text, all or nothing; the Result says why a file was refused. */
  importLibrary(text: string): Promise<Result<ImportResponse>>;
  /** Saves `text` as a file the user downloads. */
  download(text: string, filename: string, type: string): void;
  /** Asks the user to confirm a destructive action. */
  confirm(message: string): boolean;
  uiLanguage?: string;
  storage?: Storage;
  /** The page's query string: initial filters (?indicator=…&locality=…). */
  search?: string;
}
