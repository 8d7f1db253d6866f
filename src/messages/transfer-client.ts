// The library page's side of chunked export/import (see transfer.ts). Takes a port factory so tests need no browser.
import type { Result } from './contract.ts';
import type { ImportResponse } from './responses.ts';
import { chunks, type TransferReply, type TransferRequest } from './transfer.ts';

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
export function exportLibrary(connect: () => PortLike, kind: 'json' | 'csv'): Promise<Result<{ text: string; filename: string }>> {
  const parts: string[] = [];
  let filename = '';
  let expected = 0;
  return converse(connect, (port) => port.postMessage({ op: 'export', kind } satisfies TransferRequest), (r, done) => {
    if (r.op === 'begin') { filename = r.filename; expected = r.parts; }
    else if (r.op === 'part') parts[r.index] = r.text;
    else if (r.op === 'end') {
      if (parts.length !== expected || parts.some((p) => p === undefined)) done({ ok: false, error: 'The export arrived incomplete; try again.', code: 'internal' });
      else done({ ok: true, data: { text: parts.join(''), filename } });
    }
  });
}

/** Imports a library file of any size; the background validates all of it before writing anything. */
export function importLibrary(connect: () => PortLike, text: string, chunkChars?: number): Promise<Result<ImportResponse>> {
  const pieces = chunks(text, chunkChars);
  return converse<ImportResponse>(connect, (port) => {
    port.postMessage({ op: 'import', parts: pieces.length } satisfies TransferRequest);
    pieces.forEach((p, index) => port.postMessage({ op: 'part', index, text: p } satisfies TransferRequest));
  }, (r, done) => {
    if (r.op === 'result') done(r.result as Result<ImportResponse>);
  });
}
