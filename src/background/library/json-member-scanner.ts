// Reads a JSON object that arrives in pieces, without ever holding all of its text: each top-level member's value
// is handed over parsed, except arrays, whose elements are handed over one by one as soon as each is complete.
// Only the skeleton (the top-level object and arrays) is scanned here; every value is checked by JSON.parse, so
// what is accepted is exactly what JSON.parse would accept. A text that is not an object is kept whole and parsed
// at the end (only foreign files look like that).

export interface MemberHandler {
  /** A top-level member whose value is not an array. */
  member(key: string, value: unknown): void;
  /** A top-level member whose value is an array begins. */
  arrayStart(key: string): void;
  /** The next element of the array begun last. */
  element(key: string, index: number, value: unknown): void;
}

const enum S { Start, KeyOrEnd, Key, Colon, Value, FirstElement, Element, AfterElement, AfterValue, Done, NotObject }

const WS = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class JsonMemberScanner {
  private buf = '';
  private pos = 0;
  /** Characters dropped from the front of `buf` so far. */
  private offset = 0;
  private state = S.Start;
  /** Where the token being read began in `buf` (key, value or element). */
  private tokenStart = -1;
  private depth = 0;
  private inString = false;
  private key = '';
  private index = 0;
  private whole: string[] = [];

  constructor(private readonly on: MemberHandler) {}

  /** Throws SyntaxError as soon as the text cannot be JSON. */
  push(piece: string): void {
    if (this.state === S.NotObject) { this.whole.push(piece); return; }
    this.buf += piece;
    this.scan();
    const keep = this.tokenStart >= 0 ? this.tokenStart : this.pos;
    if (keep > 0) {
      this.buf = this.buf.slice(keep);
      this.pos -= keep;
      this.offset += keep;
      if (this.tokenStart >= 0) this.tokenStart = 0;
    }
  }

  /** The whole text has arrived: throws SyntaxError when it was not complete JSON. Returns a non-object's value. */
  finish(): { object: true } | { object: false; value: unknown } {
    if (this.state === S.NotObject) return { object: false, value: JSON.parse(this.whole.join('')) };
    if (this.state !== S.Done) throw new SyntaxError('Unexpected end of JSON input');
    return { object: true };
  }

  private fail(): never {
    throw new SyntaxError(`Unexpected character in JSON at position ${this.offset + this.pos}`);
  }

  private scan(): void {
    const buf = this.buf;
    const n = buf.length;
    while (this.pos < n) {
      const c = buf.charCodeAt(this.pos);
      switch (this.state) {
        case S.Start:
          if (WS(c) || (c === 0xfeff && this.offset + this.pos === 0)) { this.pos++; break; }
          if (c !== 0x7b) { this.state = S.NotObject; this.whole.push(buf.slice(this.pos)); this.pos = n; this.buf = ''; return; }
          this.state = S.KeyOrEnd; this.pos++; break;
        case S.KeyOrEnd: case S.Key:
          // A token cut off by the end of the last piece is resumed without looking at its start again.
          if (this.tokenStart < 0) {
            if (WS(c)) { this.pos++; break; }
            if (c === 0x7d && this.state === S.KeyOrEnd) { this.state = S.Done; this.pos++; break; }
            if (c !== 0x22) this.fail();
          }
          if (!this.readValue(true)) return;
          this.key = JSON.parse(buf.slice(this.tokenStart, this.pos)) as string;
          this.tokenStart = -1;
          this.state = S.Colon;
          break;
        case S.Colon:
          if (WS(c)) { this.pos++; break; }
          if (c !== 0x3a) this.fail();
          this.state = S.Value; this.pos++; break;
        case S.Value:
          if (this.tokenStart < 0) {
            if (WS(c)) { this.pos++; break; }
            if (c === 0x5b) { this.on.arrayStart(this.key); this.index = 0; this.state = S.FirstElement; this.pos++; break; }
          }
          if (!this.readValue(false)) return;
          this.on.member(this.key, JSON.parse(buf.slice(this.tokenStart, this.pos)));
          this.tokenStart = -1;
          this.state = S.AfterValue;
          break;
        case S.FirstElement: case S.Element:
          if (this.tokenStart < 0) {
            if (WS(c)) { this.pos++; break; }
            if (c === 0x5d && this.state === S.FirstElement) { this.state = S.AfterValue; this.pos++; break; }
          }
          if (!this.readValue(false)) return;
          this.on.element(this.key, this.index++, JSON.parse(buf.slice(this.tokenStart, this.pos)));
          this.tokenStart = -1;
          this.state = S.AfterElement;
          break;
        case S.AfterElement:
          if (WS(c)) { this.pos++; break; }
          if (c === 0x2c) { this.state = S.Element; this.pos++; break; }
          if (c === 0x5d) { this.state = S.AfterValue; this.pos++; break; }
          this.fail();
        case S.AfterValue:
          if (WS(c)) { this.pos++; break; }
          if (c === 0x2c) { this.state = S.Key; this.pos++; break; }
          if (c === 0x7d) { this.state = S.Done; this.pos++; break; }
          this.fail();
        case S.Done:
          if (WS(c)) { this.pos++; break; }
          this.fail();
      }
    }
  }

  /**
   * Advances over one value (a string when `stringOnly`) from `pos`, remembering where it began; true when it is
   * complete (pos just past it), false when the text ran out first (resumed on the next push). A value that is not
   * a string, object or array ends at the next `,` `]` `}` outside brackets; JSON.parse judges it afterwards.
   */
  private readValue(stringOnly: boolean): boolean {
    const buf = this.buf;
    const n = buf.length;
    if (this.tokenStart < 0) {
      this.tokenStart = this.pos;
      this.depth = 0;
      this.inString = false;
    }
    let i = this.pos;
    while (i < n) {
      if (this.inString) {
        const q = buf.indexOf('"', i);
        if (q < 0) { i = n; break; }
        let slashes = 0;
        for (let k = q - 1; buf.charCodeAt(k) === 0x5c; k--) slashes++;
        i = q + 1;
        if (slashes % 2 === 0) {
          this.inString = false;
          if (this.depth === 0 && (stringOnly || buf.charCodeAt(this.tokenStart) === 0x22)) { this.pos = i; return true; }
        }
        continue;
      }
      const c = buf.charCodeAt(i);
      if (c === 0x22) {
        if (stringOnly && i !== this.tokenStart) this.fail();
        this.inString = true; i++;
      } else if (stringOnly) {
        this.pos = i; this.fail();
      } else if (c === 0x7b || c === 0x5b) {
        this.depth++; i++;
      } else if (c === 0x7d || c === 0x5d) {
        if (this.depth === 0) { this.pos = i; return true; }
        if (--this.depth === 0) { this.pos = i + 1; return true; }
        i++;
      } else if (c === 0x2c && this.depth === 0) {
        this.pos = i; return true;
      } else {
        i++;
      }
    }
    this.pos = i;
    return false;
  }
}
