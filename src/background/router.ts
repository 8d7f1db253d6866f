// Every incoming message passes here: sender checked, shape validated, handled, and answered as a Result.
// Nothing thrown escapes: failures become {ok:false, error, code}.
import * as v from 'valibot';
import { RequestSchema, type Request, type RequestType, type Result } from '../messages/contract.ts';
import { LibraryError, toLibraryError } from './db/errors.ts';
import type { LibraryDb } from './db/open-db.ts';
import { exporter } from './handlers/exporter.ts';
import { importer } from './handlers/importer.ts';
import { libraryStore } from './handlers/library-store.ts';
import { libraryListing } from './handlers/library-listing.ts';
import { siteSettings } from './handlers/site-settings.ts';
import type { Handler, Handlers } from './handlers/types.ts';

export const handlers: Handlers = { ...libraryStore, ...exporter, ...importer, ...siteSettings, ...libraryListing };

/** What the runtime tells about a sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface RouterContext {
  /** This extension's id (runtime.id). */
  extensionId: string;
  /** This extension's base URL (runtime.getURL('')), to tell its own pages from content scripts. */
  extensionUrl: string;
  db: () => Promise<LibraryDb>;
}

/** Requests that only the extension's own pages may make: a content script (on any web page) never needs them. */
const PAGES_ONLY = new Set<RequestType>(['export-json', 'export-csv', 'import-json', 'clear-all', 'delete-article']);

function fail(code: LibraryError['code'], error: string): Result<never> {
  return { ok: false, error, code };
}

function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'The request is not valid.';
  const path = v.getDotPath(first);
  return `The request is not valid${path ? ` at ${path}` : ''}: ${first.message}`;
}

export async function route(message: unknown, sender: SenderInfo, ctx: RouterContext): Promise<Result<unknown>> {
  try {
    if (!sender || sender.id !== ctx.extensionId) return fail('refused', 'Refused: the message did not come from Soi Số.');
    const parsed = v.safeParse(RequestSchema, message);
    if (!parsed.success) return fail('invalid', describeIssues(parsed.issues));
    const request: Request = parsed.output;
    const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionUrl);
    if (PAGES_ONLY.has(request.type) && !fromOwnPage) {
      return fail('refused', `Refused: ${request.type} can only be asked from the extension's own pages.`);
    }
    const handler = handlers[request.type] as Handler<RequestType>;
    const db = await ctx.db();
    return { ok: true, data: await handler(request as never, db) };
  } catch (e) {
    const err = toLibraryError(e);
    if (err.code === 'internal') console.error('[soi-so] request failed', e);
    return fail(err.code, err.message);
  }
}
