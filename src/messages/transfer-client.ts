// The library page's side of export/import over a port (see transfer.ts). Takes a port factory so tests need no
// browser. Neither side ever holds a whole library as one string: the export is assembled as a Blob from its parts,
// and an import is read from the file as a stream and sent part by part.
import type { Result } from './contract.ts';
import type { ImportResponse } from './responses.ts';
import { gunzipBytesFromBase64 } from './gzip.ts';
import { chunks, createPartWriter } from './part-writer.ts';
import { IMPORT_WINDOW, type TransferEncoding, type TransferReply, type TransferRequest } from './transfer.ts';

/** The parts of runtime.Port this needs. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

function converse<T>(connect: () => PortLike, start: (port: PortLike, done: (x: Result<T>) => void) => void,
  onReply: (r: TransferReply, done: (x: Result<T>) => void) => void): Promise<Result<T>> {
  return new Promise((resolve) => {
    let finished = false;
    let port: PortLike | undefined;
    const done = (x: Result<T>) => {
      if (finished) return;
      finished = true;
      resolve(x);
      try { port?.disconnect(); } catch { /* already gone */ }
    };
    try {
      port = connect();
      port.onMessage.addListener((m) => {
        const r = m as TransferReply;
        if (r.op === 'error') done({ ok: false, error: r.error, ...(r.code ? { code: r.code as never } : {}) });
        else onReply(r, done);
      });
      port.onDisconnect.addListener(() => done({ ok: false, error: 'The extension background closed the connection before finishing.', code: 'unavailable' }));
      start(port, done);
    } catch (e) {
      done({ ok: false, error: `Could not reach the extension background: ${e instanceof Error ? e.message : String(e)}`, code: 'unavailable' });
    }
  });
}

export const EXPORT_TYPES = { json: 'application/json', csv: 'text/csv;charset=utf-8' } as const;

/**
 * The whole export as a Blob (to save as a download), however large the library. Gzipped parts by default: the same
 * CPU in all as plain text (the worker compresses what the channel would otherwise escape and copy), but a tenth of
 * the bytes through the browser, which measured faster on a busy machine (BENCHMARKS.md).
 */
export function exportLibrary(connect: () => PortLike, kind: 'json' | 'csv', encoding: TransferEncoding = 'gzip-base64'): Promise<Result<{ blob: Blob; filename: string }>> {
  const parts: (string | Uint8Array)[] = [];
  let filename = '';
  let received: TransferEncoding = 'text';
  let decoding: Promise<unknown> = Promise.resolve();
  let damaged = false;
  return converse(connect, (port) => port.postMessage({ op: 'export', kind, encoding } satisfies TransferRequest), (r, done) => {
    if (r.op === 'begin') { filename = r.filename; received = r.encoding; }
    else if (r.op === 'part') {
      const at = parts.length;
      if (r.index !== at) damaged = true;
      if (received === 'text') parts.push(r.text);
      else {
        parts.push(new Uint8Array(0));
        // Each part decompresses on its own while the next ones travel.
        decoding = decoding.then(() => gunzipBytesFromBase64(r.text)).then((bytes) => { parts[at] = bytes; }, () => { damaged = true; });
      }
    } else if (r.op === 'end') {
      void decoding.then(() => {
        if (damaged || parts.length !== r.parts) return done({ ok: false, error: 'The export arrived incomplete or damaged; try again.', code: 'internal' });
        done({ ok: true, data: { blob: new Blob(parts as BlobPart[], { type: EXPORT_TYPES[kind] }), filename } });
      });
    }
  });
}

/** Import part size: big enough that acknowledgements cost little, small enough that the worker holds little. */
export const IMPORT_PART_CHARS = 1024 * 1024;

export interface ImportOptions {
  encoding?: TransferEncoding;
  /** Characters per part (tests make it small). */
  partChars?: number;
}

/**
 * Imports a library file of any size; the background checks all of it before writing anything. Plain text by
 * default: the worker, which checks and writes, is the busy side, and would have to decompress every part.
 */
export function importLibrary(connect: () => PortLike, file: Blob | string, options: ImportOptions = {}): Promise<Result<ImportResponse>> {
  const encoding = options.encoding ?? 'text';
  const partChars = options.partChars ?? IMPORT_PART_CHARS;
  const blob = typeof file === 'string' ? new Blob([file]) : file;
  let acked = 0;
  let wake: (() => void) | undefined;
  let stopped = false;
  return converse<ImportResponse>(connect, (port, done) => {
    port.postMessage({ op: 'import', encoding } satisfies TransferRequest);
    const writer = createPartWriter((index, text) => port.postMessage({ op: 'part', index, text } satisfies TransferRequest),
      encoding, partChars, partChars);
    void (async () => {
      // Decoded as a stream (a BOM is dropped, bad bytes become U+FFFD, as File.text() does), never as one string.
      const reader = blob.stream().pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        // One part's worth at a time, so no more than IMPORT_WINDOW parts are ever waiting at the background.
        for (const piece of chunks(value, partChars)) {
          while (!stopped && writer.made - acked >= IMPORT_WINDOW) await new Promise<void>((r) => { wake = r; });
          if (stopped) { await reader.cancel(); return; }
          writer.push(piece);
        }
      }
      port.postMessage({ op: 'commit', parts: await writer.finish() } satisfies TransferRequest);
    })().catch((e: unknown) => done({ ok: false, error: `Could not read the file: ${e instanceof Error ? e.message : String(e)}`, code: 'invalid' }));
  }, (r, done) => {
    if (r.op === 'ack') { acked = Math.max(acked, r.index + 1); wake?.(); }
    else if (r.op === 'result') { stopped = true; wake?.(); done(r.result as Result<ImportResponse>); }
  });
}
