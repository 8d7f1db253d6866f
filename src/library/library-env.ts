// What the library page needs from the browser, behind one interface so component tests can give a fake one.
import type { Result } from '../messages/contract.ts';
import type { ImportResponse } from '../messages/responses.ts';
import type { Send } from '../popup/popup-env.ts';

export interface LibraryEnv {
  send: Send;
  /** The whole library as a file, however large (streamed over a port in parts, past the 64 MiB message cap). */
  exportLibrary(kind: 'json' | 'csv'): Promise<Result<{ blob: Blob; filename: string }>>;
  /** Imports a library file (read as a stream), all or nothing; the Result says why a file was refused. */
  importLibrary(file: Blob): Promise<Result<ImportResponse>>;
  /** Saves `blob` as a file the user downloads. */
  download(blob: Blob, filename: string): void;
  /** Asks the user to confirm a destructive action. */
  confirm(message: string): boolean;
  uiLanguage?: string;
  storage?: Storage;
  /** The page's query string: initial filters (?indicator=…&locality=…). */
  search?: string;
}
