// Gzip + base64 for the export/import port: a 45 MB library export becomes a few MB on the wire, which is what the
// runtime's message serialisation and IPC actually pay for. Native streams only (service worker, pages, Node 20).

// The native base64 methods (Chrome 140, Firefox 133) skip building a binary string a byte at a time: for a
// 100,000-figure export that is ~5 MB each way, the worker encoding and the page decoding. Older runtimes (and
// Node 20, where the unit tests run) take the loops below; both give the same bytes.
type NativeBase64 = { toBase64?: (this: Uint8Array) => string };
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (b64: string) => Uint8Array }).fromBase64;

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & NativeBase64).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(b64: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(b64);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function gzipToBase64(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return toBase64(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The bytes gzipped in `b64`; throws when it is not base64 of gzip data (the caller reports a bad transfer). */
export async function gunzipBytesFromBase64(b64: string): Promise<Uint8Array> {
  const stream = new Blob([fromBase64(b64) as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The text gzipped in `b64` (UTF-8); throws on bad base64, gzip or UTF-8. */
export async function gunzipFromBase64(b64: string): Promise<string> {
  // ignoreBOM keeps a leading BOM in the text (the CSV export needs it for spreadsheet programs).
  return new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(await gunzipBytesFromBase64(b64));
}
