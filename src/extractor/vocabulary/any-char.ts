// Whether a text holds any of a few rare symbols (roundup marks, arrows). A regular-expression class over them makes V8
// test every character of the text; looking for each symbol with `includes` lets it scan for one code unit at a time,
// which it does many times faster, and these symbols are absent from almost every page.

/** Whether `text` contains one of the characters of `chars` (each a single UTF-16 code unit). */
export function includesAnyOf(text: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i]!)) return true;
  return false;
}
