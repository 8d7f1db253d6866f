// The library page's side of chunked export/import (see transfer.ts). Takes a port factory so tests need no browser.
import type { Result } from './contract.ts';
import type { ImportResponse } from './responses.ts';
import { gunzipFromBase64, gzipToBase64 } from './gzip.ts';
import { chunks, type TransferEncoding, type TransferReply, type TransferRequest } from './transfer.ts';

/** The parts of runtime.Port this needs. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

function converse<T>(connect: () => PortLike, start: (port: PortLike) => void, onReply: (r: TransferReply, done: (x: Result<T>) => void) => void): Promise<Result<T>> {
  return new Promise((resolve) => {
    let finished = false;
    let port: PortLike;
    const done = (x: Result<T>) => {
      if (finished) return;
      finished = true;
      resolve(x);
      try { port.disconnect(); } catch { /* already gone */ }
    };
    try {
      port = connect();
      port.onMessage.addListener((m) => {
        const r = m as TransferReply;
        if (r.op === 'error') done({ ok: false, error: r.error, ...(r.code ? { code: r.code as never } : {}) });
        else onReply(r, done);
      });
      port.onDisconnect.addListener(() => done({ ok: false, error: 'The extension background closed the connection before finishing.', code: 'unavailable' }));
      start(port);
    } catch (e) {
      done({ ok: false, error: `Could not reach the extension background: ${e instanceof Error ? e.message : String(e)}`, code: 'unavailable' });
    }
  });
}

/** The whole export as one string (to save through a Blob download), however large the library. */
export function exportLibrary(connect: () => PortLike, kind: 'json' | 'csv', encoding: TransferEncoding = 'gzip-base64'): Promise<Result<{ text: string; filename: string }>> {
  const parts: string[] = [];
  let filename = '';
  let expected = 0;
  let received: TransferEncoding = 'text';
  return converse(connect, (port) => port.postMessage({ op: 'export', kind, encoding } satisfies TransferRequest), (r, done) => {
    if (r.op === 'begin') { filename = r.filename; expected = r.parts; received = r.encoding; }
    else if (r.op === 'part') parts[r.index] = r.text;
    else if (r.op === 'end') {
      if (parts.length !== expected || parts.some((p) => p === undefined)) {
        done({ ok: false, error: 'The export arrived incomplete; try again.', code: 'internal' });
        return;
      }
      const joined = parts.join('');
      if (received !== 'gzip-base64') done({ ok: true, data: { text: joined, filename } });
      else gunzipFromBase64(joined).then(
        (text) => done({ ok: true, data: { text, filename } }),
        () => done({ ok: false, error: 'The export arrived damaged; try again.', code: 'internal' }),
      );
    }
  });
}

/** Imports a library file of any size; the background validates all of it before writing anything. */
export async function importLibrary(connect: () => PortLike, text: string, chunkChars?: number, encoding: TransferEncoding = 'gzip-base64'): Promise<Result<ImportResponse>> {
  let payload = text;
  if (encoding === 'gzip-base64') {
    try {
      payload = await gzipToBase64(text);
    } catch (e) {
      return { ok: false, error: `Could not read the file: ${e instanceof Error ? e.message : String(e)}`, code: 'invalid' };
    }
  }
  const pieces = chunks(payload, chunkChars);
  return converse<ImportResponse>(connect, (port) => {
    port.postMessage({ op: 'import', parts: pieces.length, encoding } satisfies TransferRequest);
    pieces.forEach((p, index) => port.postMessage({ op: 'part', index, text: p } satisfies TransferRequest));
  }, (r, done) => {
    if (r.op === 'result') done(r.result as Result<ImportResponse>);
  });
}
