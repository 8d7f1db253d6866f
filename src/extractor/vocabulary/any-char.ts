// Whether a text holds any of a few rare symbols (roundup marks, arrows). A regular-expression class over them makes V8
// test every character of the text; looking for each symbol with `includes` lets it scan for one code unit at a time,
// which it does many times faster, and these symbols are absent from almost every page.

//
// normalise reads every code unit of a page once anyway, and notes whether the text holds any symbol at all (the block
// U+2190–U+2BFF, where all these marks are): asked about that very text, the searches are skipped. (The text is
// compared by value, so the note can never answer for another.)
let freeOfSymbols = '';

/** Notes that `text` holds no code unit in U+2190–U+2BFF. */
export function noteFreeOfSymbols(text: string): void {
  freeOfSymbols = text;
}

const isSymbol = (code: number) => code >= 0x2190 && code <= 0x2bff;

/** Whether `text` contains one of the characters of `chars` (each a single UTF-16 code unit). */
export function includesAnyOf(text: string, chars: string): boolean {
  if (text === freeOfSymbols && allSymbols(chars)) return false;
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i]!)) return true;
  return false;
}

function allSymbols(chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (!isSymbol(chars.charCodeAt(i))) return false;
  return true;
}
