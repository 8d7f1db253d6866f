// Turns a stream of text pieces into numbered transfer parts, posted as soon as each is big enough, so the sender's
// reading and the receiver's decoding overlap. Parts never split a surrogate pair: the receiver encodes each part to
// UTF-8 on its own (Blob parts), and half a pair would come out as U+FFFD.
import { gzipToBase64 } from './gzip.ts';
import { TRANSFER_CHUNK_CHARS, type TransferEncoding } from './transfer.ts';

export interface PartWriter {
  /** Adds text; may post one or more parts (synchronously for 'text', in order later for 'gzip-base64'). */
  push(piece: string): void;
  /** Posts what is left; resolves with the number of parts once every part has been posted. */
  finish(): Promise<number>;
  /** Parts made so far (posted, or being compressed). */
  readonly made: number;
}

/** Where to cut `text` at or before `at` without separating a high surrogate from its low one. */
export function safeCut(text: string, at: number): number {
  if (at >= text.length || at <= 0) return Math.min(at, text.length);
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/** `text` in pieces of at most `size` characters, surrogate pairs kept whole. */
export function chunks(text: string, size = TRANSFER_CHUNK_CHARS): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const end = safeCut(text, i + size);
    out.push(text.slice(i, end > i ? end : i + size));
    i = end > i ? end : i + size;
  }
  return out.length ? out : [''];
}

/**
 * `post(index, text)` gets each part. Pieces are gathered until `target` characters, and no part exceeds `max`.
 * With 'gzip-base64' each part is compressed on its own (the receiver decompresses each on its own too).
 */
export function createPartWriter(post: (index: number, text: string) => void, encoding: TransferEncoding,
  target = 256 * 1024, max = TRANSFER_CHUNK_CHARS): PartWriter {
  let pending: string[] = [];
  let pendingChars = 0;
  let next = 0;
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown;
  const emit = (text: string) => {
    const index = next++;
    if (encoding === 'text') return post(index, text);
    chain = chain.then(() => gzipToBase64(text)).then((b64) => post(index, b64)).catch((e: unknown) => { failure ??= e; });
  };
  const flush = () => {
    if (pendingChars === 0) return;
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    pendingChars = 0;
    for (const part of chunks(text, max)) emit(part);
  };
  return {
    push(piece) {
      if (!piece) return;
      pending.push(piece);
      pendingChars += piece.length;
      if (pendingChars >= target) flush();
    },
    get made() {
      return next;
    },
    async finish() {
      flush();
      if (next === 0) emit('');
      await chain;
      if (failure) throw failure;
      return next;
    },
  };
}
