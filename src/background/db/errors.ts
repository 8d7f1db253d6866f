// Errors the library reports to people. `code` lets UIs pick their own (localised) wording.
import type { ErrorCode } from '../../messages/contract.ts';

export class LibraryError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'LibraryError';
  }
}

export const QUOTA_MESSAGE =
  'Browser storage is full, so this was not saved. Everything saved before is still there. ' +
  'Free some space (export and delete old articles, or clear other site data) and try again.';

function isQuota(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError';
}

/** Turns whatever a failed write threw into a LibraryError; a full disk shows up either directly or as an abort. */
export function toLibraryError(e: unknown, txError?: unknown): LibraryError {
  if (e instanceof LibraryError) return e;
  if (isQuota(e) || isQuota(txError)) return new LibraryError('quota', QUOTA_MESSAGE);
  const msg = e instanceof Error ? e.message : String(e);
  return new LibraryError('internal', `The library could not complete this: ${msg}`);
}
