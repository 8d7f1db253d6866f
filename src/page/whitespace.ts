// What a first visit reads whitespace with, without regular expressions: the first use of a pattern compiles it on
// the page's main thread (each about 0.03–0.05 ms on a first visit; BENCHMARKS.md, "Content script", session 20).
// Each function answers exactly as the pattern named beside it (test/unit/page/whitespace.test.ts compares them).

/** A character `\s` matches (ECMAScript WhiteSpace and LineTerminator, as `trim()` removes them). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/\S/.test(s)`: whether `s` holds anything but whitespace. */
export function hasNonSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return true;
  return false;
}

/** `s.replace(/\s+/g, ' ').trim()`: runs of whitespace as one space, none at either end. A string that is so already
 *  (a headline, a meta tag's content, mostly) comes back as it is. */
export function squashSpaces(s: string): string {
  const n = s.length;
  let clean = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || i === 0 || i === n - 1 || isSpace(s.charCodeAt(i + 1)))) {
      clean = false;
      break;
    }
  }
  if (clean) return s;
  let out = '';
  let from = -1;
  let pending = false;
  for (let i = 0; i <= n; i++) {
    const space = i < n && isSpace(s.charCodeAt(i));
    if (i < n && !space) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) {
      out += (pending ? ' ' : '') + s.slice(from, i);
      from = -1;
      pending = false;
    }
    if (space && out) pending = true;
  }
  return out;
}

const LAYOUT_WS = /[\t\n\r\f]/g;

/** `s.replace(/[\t\n\r\f]/g, ' ')`: layout whitespace read as a space of the same length (offsets do not move). The
 *  pattern runs only on text that holds such a character (looked for natively: the 1 MB page's text is long). */
export function layoutSpacesAsSpaces(s: string): string {
  return s.indexOf('\n') < 0 && s.indexOf('\t') < 0 && s.indexOf('\r') < 0 && s.indexOf('\f') < 0 ? s : s.replace(LAYOUT_WS, ' ');
}
