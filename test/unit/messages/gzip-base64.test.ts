// gzip.ts uses the native Uint8Array base64 methods where the runtime has them (Chromium does; Node 20 does not),
// else its own loops. Both paths must carry the same bytes, and bad base64 must still be refused.
import { afterEach, describe, expect, it, vi } from 'vitest';

type Native = { toBase64?: unknown; fromBase64?: unknown };
const proto = Uint8Array.prototype as unknown as Native;
const ctor = Uint8Array as unknown as Native;
const had = { toBase64: proto.toBase64, fromBase64: ctor.fromBase64 };
const calls = { to: 0, from: 0 };

function installNative() {
  // What the native methods do, built on Buffer (strict like the real fromBase64: a bad character throws).
  proto.toBase64 = function (this: Uint8Array) { calls.to++; return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64'); };
  ctor.fromBase64 = (b64: string) => {
    calls.from++;
    if (/[^A-Za-z0-9+/=\s]/.test(b64)) throw new SyntaxError('not base64');
    return new Uint8Array(Buffer.from(b64, 'base64'));
  };
}

afterEach(() => {
  proto.toBase64 = had.toBase64;
  ctor.fromBase64 = had.fromBase64;
  if (had.toBase64 === undefined) delete proto.toBase64;
  if (had.fromBase64 === undefined) delete ctor.fromBase64;
  vi.resetModules();
});

const text = 'Thu ngân sách 1.400 tỉ đồng, "vượt" 12,5%\n'.repeat(2000) + '\ud83d\ude00 end';

describe('gzip + base64 for the transfer port', () => {
  it('gives the same base64 with the native methods as with its own loops, both ways', async () => {
    const fallback = await import('../../../src/messages/gzip.ts');
    const encoded = await fallback.gzipToBase64(text);
    vi.resetModules();
    installNative();
    const native = await import('../../../src/messages/gzip.ts');
    expect(await native.gzipToBase64(text)).toBe(encoded);
    expect(await native.gunzipFromBase64(encoded)).toBe(text);
    expect(await fallback.gunzipFromBase64(encoded)).toBe(text);
    expect(calls.to).toBeGreaterThan(0);
    expect(calls.from).toBeGreaterThan(0);
    await expect(native.gunzipFromBase64('definitely not base64!')).rejects.toThrow();
  });
});
