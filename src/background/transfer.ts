// The background's side of export/import over a runtime port (protocol in ../messages/transfer.ts).
// Only the extension's own pages may connect; every message is validated; failures are answered, never thrown.
import * as v from 'valibot';
import {
  TransferRequestSchema, TRANSFER_MAX_CHARS, TRANSFER_PORT_NAME, type TransferEncoding, type TransferReply, type TransferRequest,
} from '../messages/transfer.ts';
import { gunzipFromBase64 } from '../messages/gzip.ts';
import { createPartWriter } from '../messages/part-writer.ts';
import type { PortLike } from '../messages/transfer-client.ts';
import { LibraryError, toLibraryError } from './db/errors.ts';
import type { LibraryDb } from './db/open-db.ts';
import { streamCsv } from './library/export-csv.ts';
import { exportFileName, streamJson } from './library/export-json.ts';
import { importFile } from './library/import-json.ts';
import { LibraryFileReader } from './library/library-file-reader.ts';

export interface TransferContext {
  extensionId: string;
  extensionUrl: string;
  db: () => Promise<LibraryDb>;
  /** Characters per exported part, and figures per read batch (tests make them small). */
  partChars?: number;
  batch?: number;
}

export interface PortWithSender extends PortLike {
  name: string;
  sender?: { id?: string; url?: string };
}

const TOO_BIG = 'This file cannot be imported: it is larger than 512 Mi characters. Nothing was changed.';
const DAMAGED = 'This file cannot be imported: it arrived damaged (not valid compressed data). Nothing was changed.';

export function handleTransferPort(port: PortWithSender, ctx: TransferContext): void {
  if (port.name !== TRANSFER_PORT_NAME) return;
  // The page may close mid-transfer: posting to a closed port throws, and nobody is left to tell.
  let open = true;
  const send = (r: TransferReply) => {
    if (!open) return;
    try { port.postMessage(r); } catch { open = false; }
  };
  const fail = (error: string, code = 'invalid') => {
    send({ op: 'error', error, code });
    open = false;
    try { port.disconnect(); } catch { /* already closed */ }
  };
  if (port.sender?.id !== ctx.extensionId || !port.sender.url?.startsWith(ctx.extensionUrl)) {
    fail('Refused: only the extension\'s own pages may export or import.', 'refused');
    return;
  }
  const incoming = importReceiver(ctx, send);
  // Messages are handled one after another: a part must be taken in before the next one (decoding is async).
  let queue = Promise.resolve();
  port.onDisconnect.addListener(() => {
    open = false;
    incoming.drop();
  });
  port.onMessage.addListener((message) => {
    queue = queue.then(async () => {
      if (!open) return;
      const parsed = v.safeParse(TransferRequestSchema, message);
      if (!parsed.success) return fail(`The transfer message is not valid: ${parsed.issues[0]?.message ?? ''}`);
      const m = parsed.output;
      try {
        if (m.op === 'export') await exportOver(await ctx.db(), m.kind, m.encoding ?? 'text', send, () => open, ctx);
        else await incoming.take(m);
      } catch (e) {
        const err = toLibraryError(e);
        if (err.code === 'internal') console.error('[soi-so] transfer failed', e);
        fail(err.message, err.code);
      }
    });
  });
}

/** Streams the export: each part is posted as soon as its figures are read and serialised. */
async function exportOver(db: LibraryDb, kind: 'json' | 'csv', encoding: TransferEncoding, send: (r: TransferReply) => void,
  isOpen: () => boolean, ctx: TransferContext): Promise<void> {
  send({ op: 'begin', filename: exportFileName(kind), encoding });
  const writer = createPartWriter((index, text) => send({ op: 'part', index, text }), encoding, ctx.partChars);
  // A page that went away stops the reading at the next batch (the worker need not read the rest for nobody).
  const sink = (piece: string) => {
    if (!isOpen()) throw new LibraryError('unavailable', 'The library page closed the export.');
    writer.push(piece);
  };
  if (kind === 'json') await streamJson(db, sink, ctx.batch);
  else await streamCsv(db, sink);
  send({ op: 'end', parts: await writer.finish() });
}

/**
 * Takes an import in parts: each part goes straight into the reader (which keeps checked records, not text) and is
 * acknowledged; on commit the whole file is checked and written in one transaction, or nothing is.
 */
function importReceiver(ctx: TransferContext, send: (r: TransferReply) => void) {
  let reader: LibraryFileReader | undefined;
  let encoding: TransferEncoding = 'text';
  let received = 0;
  let chars = 0;
  const answer = (result: Extract<TransferReply, { op: 'result' }>['result']) => {
    reader = undefined;
    send({ op: 'result', result });
  };
  return {
    drop() { reader = undefined; },
    async take(m: Exclude<TransferRequest, { op: 'export' }>): Promise<void> {
      if (m.op === 'import') {
        reader = new LibraryFileReader();
        encoding = m.encoding ?? 'text';
        received = 0;
        chars = 0;
        return;
      }
      // After an early refusal the page may still have parts in flight: they are ignored.
      if (!reader) return;
      try {
        if (m.op === 'part') {
          if (m.index !== received) throw new LibraryError('invalid', 'A part of the file arrived out of order. Nothing was changed.');
          received++;
          let text = m.text;
          if (encoding === 'gzip-base64') text = await gunzipFromBase64(text).catch(() => { throw new LibraryError('invalid', DAMAGED); });
          chars += text.length;
          if (chars > TRANSFER_MAX_CHARS) throw new LibraryError('invalid', TOO_BIG);
          reader.push(text);
          // Not JSON: no need to wait for the rest to say so.
          if (reader.broken) reader.finish();
          send({ op: 'ack', index: m.index });
          return;
        }
        if (m.parts !== received) throw new LibraryError('invalid', 'The file arrived incomplete. Nothing was changed.');
        const file = reader.finish();
        reader = undefined;
        answer({ ok: true, data: await importFile(await ctx.db(), file) });
      } catch (e) {
        const err = toLibraryError(e);
        if (err.code === 'internal') console.error('[soi-so] import failed', e);
        answer({ ok: false, error: err.message, code: err.code });
      }
    },
  };
}
