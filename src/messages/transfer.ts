// Exports and imports travel over a runtime port in parts: one runtime message is capped at 64 MiB in Chromium,
// which a library of ~120,000 figures exceeds, and parts let reading, encoding and transfer overlap.
//
// Export: page → {op:'export', kind, encoding?}; background → {op:'begin', filename, encoding},
//         {op:'part', index, text}… (each posted as soon as it is read and serialised), {op:'end', parts}.
// Import: page → {op:'import', encoding?}, {op:'part', index, text}…, {op:'commit', parts}; background →
//         {op:'ack', index} after taking in each part (the page keeps at most IMPORT_WINDOW parts unacknowledged,
//         so the worker never holds more than a few parts of raw text), then {op:'result', result}.
// encoding 'gzip-base64': each part is base64 of its own gzipped text; 'text': each part is the text itself.
// Either side may get {op:'error', error, code}; the port is then closed.
import * as v from 'valibot';

export const TRANSFER_PORT_NAME = 'soi-so-transfer';
/** Characters per part at most: even all-Vietnamese text JSON-escaped stays far below the 64 MiB message cap. */
export const TRANSFER_CHUNK_CHARS = 4 * 1024 * 1024;
/** The largest file accepted: 512 Mi characters, as for import-json. */
export const TRANSFER_MAX_CHARS = 512 * 1024 * 1024;
/** Import parts the page may send ahead of the background's acknowledgements. */
export const IMPORT_WINDOW = 3;

const Encoding = v.picklist(['text', 'gzip-base64']);
export type TransferEncoding = v.InferOutput<typeof Encoding>;
const Index = v.pipe(v.number(), v.integer(), v.minValue(0));

export const TransferRequestSchema = v.variant('op', [
  v.object({ op: v.literal('export'), kind: v.picklist(['json', 'csv']), encoding: v.optional(Encoding) }),
  v.object({ op: v.literal('import'), encoding: v.optional(Encoding) }),
  v.object({ op: v.literal('part'), index: Index, text: v.pipe(v.string(), v.maxLength(TRANSFER_CHUNK_CHARS)) }),
  v.object({ op: v.literal('commit'), parts: Index }),
]);
export type TransferRequest = v.InferOutput<typeof TransferRequestSchema>;

export type TransferReply =
  | { op: 'begin'; filename: string; encoding: TransferEncoding }
  | { op: 'part'; index: number; text: string }
  | { op: 'end'; parts: number }
  | { op: 'ack'; index: number }
  | { op: 'result'; result: { ok: true; data: unknown } | { ok: false; error: string; code?: string } }
  | { op: 'error'; error: string; code?: string };
