// The background's side of chunked export/import over a runtime port (protocol in ../messages/transfer.ts).
// Only the extension's own pages may connect; every message is validated; failures are answered, never thrown.
import * as v from 'valibot';
import { chunks, TransferRequestSchema, TRANSFER_PORT_NAME, type TransferEncoding, type TransferReply } from '../messages/transfer.ts';
import { gunzipFromBase64, gzipToBase64 } from '../messages/gzip.ts';
import type { PortLike } from '../messages/transfer-client.ts';
import { LibraryError, toLibraryError } from './db/errors.ts';
import type { LibraryDb } from './db/open-db.ts';
import { exportCsv } from './library/export-csv.ts';
import { exportJson } from './library/export-json.ts';
import { importJson } from './library/import-json.ts';

export interface TransferContext {
  extensionId: string;
  extensionUrl: string;
  db: () => Promise<LibraryDb>;
  /** Characters per exported part (tests make it small). */
  chunkChars?: number;
}

export interface PortWithSender extends PortLike {
  name: string;
  sender?: { id?: string; url?: string };
}

export function handleTransferPort(port: PortWithSender, ctx: TransferContext): void {
  if (port.name !== TRANSFER_PORT_NAME) return;
  // The page may close mid-transfer: posting to a closed port throws, and nobody is left to tell.
  const send = (r: TransferReply) => {
    try { port.postMessage(r); } catch { /* the page went away */ }
  };
  const fail = (error: string, code = 'invalid') => {
    send({ op: 'error', error, code });
    try { port.disconnect(); } catch { /* already closed */ }
  };
  if (port.sender?.id !== ctx.extensionId || !port.sender.url?.startsWith(ctx.extensionUrl)) {
    fail('Refused: only the extension\'s own pages may export or import.', 'refused');
    return;
  }
  let incoming: string[] | undefined;
  let received = 0;
  let incomingEncoding: TransferEncoding = 'text';
  port.onMessage.addListener((message) => {
    void (async () => {
      const parsed = v.safeParse(TransferRequestSchema, message);
      if (!parsed.success) return fail(`The transfer message is not valid: ${parsed.issues[0]?.message ?? ''}`);
      const m = parsed.output;
      try {
        if (m.op === 'export') {
          const db = await ctx.db();
          const { text, filename } = m.kind === 'json' ? await exportJson(db) : await exportCsv(db);
          const encoding = m.encoding ?? 'text';
          const parts = chunks(encoding === 'gzip-base64' ? await gzipToBase64(text) : text, ctx.chunkChars);
          send({ op: 'begin', filename, parts: parts.length, encoding });
          parts.forEach((p, index) => send({ op: 'part', index, text: p }));
          send({ op: 'end' });
        } else if (m.op === 'import') {
          incoming = new Array<string>(m.parts);
          incomingEncoding = m.encoding ?? 'text';
          received = 0;
        } else {
          if (!incoming || m.index >= incoming.length || incoming[m.index] !== undefined) return fail('A part of the file arrived out of order.');
          incoming[m.index] = m.text;
          if (++received < incoming.length) return;
          const joined = incoming.join('');
          incoming = undefined;
          let text = joined;
          if (incomingEncoding === 'gzip-base64') {
            try {
              text = await gunzipFromBase64(joined);
            } catch {
              throw new LibraryError('invalid', 'This file cannot be imported: it arrived damaged (not valid compressed data). Nothing was changed.');
            }
          }
          const data = await importJson(await ctx.db(), text);
          send({ op: 'result', result: { ok: true, data } });
        }
      } catch (e) {
        const err = toLibraryError(e);
        if (m.op === 'part') send({ op: 'result', result: { ok: false, error: err.message, code: err.code } });
        else fail(err.message, err.code);
      }
    })();
  });
}
