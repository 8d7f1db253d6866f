// Large exports and imports travel over a runtime port in chunks: one runtime message is capped at 64 MiB in
// Chromium, which a library of ~120,000 figures exceeds. Small libraries work with export-json / import-json too.
//
// Export: page → {op:'export', kind, encoding?}; background → {op:'begin', filename, parts, encoding},
//         {op:'part', index, text}…, {op:'end'}.
// Import: page → {op:'import', parts, encoding?}, {op:'part', index, text}…; background → {op:'result', result}.
// encoding 'gzip-base64': the parts joined are base64 of the gzipped file (a tenth of the size on the wire);
// 'text' (default): the parts joined are the file itself.
// Either side may get {op:'error', error, code}; the port is then closed.
import * as v from 'valibot';

export const TRANSFER_PORT_NAME = 'soi-so-transfer';
/** Characters per chunk: even all-Vietnamese text JSON-escaped stays far below the 64 MiB message cap. */
export const TRANSFER_CHUNK_CHARS = 4 * 1024 * 1024;
/** The largest file accepted (in chunks): 512 Mi characters, as for import-json. */
export const TRANSFER_MAX_PARTS = 128;

const Encoding = v.picklist(['text', 'gzip-base64']);
export type TransferEncoding = v.InferOutput<typeof Encoding>;

export const TransferRequestSchema = v.variant('op', [
  v.object({ op: v.literal('export'), kind: v.picklist(['json', 'csv']), encoding: v.optional(Encoding) }),
  v.object({ op: v.literal('import'), parts: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(TRANSFER_MAX_PARTS)), encoding: v.optional(Encoding) }),
  v.object({ op: v.literal('part'), index: v.pipe(v.number(), v.integer(), v.minValue(0)), text: v.pipe(v.string(), v.maxLength(TRANSFER_CHUNK_CHARS)) }),
]);
export type TransferRequest = v.InferOutput<typeof TransferRequestSchema>;

export type TransferReply =
  | { op: 'begin'; filename: string; parts: number; encoding: TransferEncoding }
  | { op: 'part'; index: number; text: string }
  | { op: 'end' }
  | { op: 'result'; result: { ok: true; data: unknown } | { ok: false; error: string; code?: string } }
  | { op: 'error'; error: string; code?: string };

export function chunks(text: string, size = TRANSFER_CHUNK_CHARS): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length ? out : [''];
}
