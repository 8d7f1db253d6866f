// Headlines and headings typed in capitals ("ĐẠI HỘI ĐẢNG BỘ XÃ TÂN PHÚ THẠNH NHIỆM KỲ 2025 - 2030") hide where a
// commune's name ends, which the place matcher reads from capitals. Such a line is re-cased for it the way the rest of
// the article writes each word: "Tân", "Phú", "Thạnh" capitalised where the body names the commune, "nhiệm kỳ" not.
// Same length and offsets: only the case of letters changes.

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}]+/gu;
// A heading, not a paragraph: long runs of capitals are left as they are.
const MAX_LINE = 200;

/** `cased` with its all-capital lines re-cased word by word after the rest of the text; `cased` itself when it has none. */
export function recaseShoutedLines(cased: string, lower: string): string {
  const lines: Array<[number, number]> = [];
  for (let from = 0; from < cased.length; ) {
    const nl = cased.indexOf('\n', from);
    const to = nl < 0 ? cased.length : nl;
    if (to - from <= MAX_LINE && isShouted(cased.slice(from, to), lower.slice(from, to))) lines.push([from, to]);
    from = to + 1;
  }
  if (lines.length === 0) return cased;
  // How the rest of the text writes each word: with a capital, or not.
  const capitals = new Map<string, number>();
  let at = 0;
  for (const [from, to] of [...lines, [cased.length, cased.length] as [number, number]]) {
    WORD.lastIndex = at;
    for (let m = WORD.exec(cased); m && m.index < from; m = WORD.exec(cased)) {
      const word = m[0];
      const key = lower.slice(m.index, m.index + word.length);
      const upper = word[0] !== key[0];
      capitals.set(key, (capitals.get(key) ?? 0) + (upper ? 1 : -1));
    }
    at = to;
  }
  let out = '';
  let copied = 0;
  for (const [from, to] of lines) {
    out += cased.slice(copied, from);
    let line = '';
    let last = from;
    WORD.lastIndex = from;
    for (let m = WORD.exec(cased); m && m.index < to; m = WORD.exec(cased)) {
      const key = lower.slice(m.index, m.index + m[0].length);
      line += cased.slice(last, m.index) + ((capitals.get(key) ?? 0) > 0 ? m[0][0] + key.slice(1) : key);
      last = m.index + m[0].length;
    }
    out += line + cased.slice(last, to);
    copied = to;
  }
  return out + cased.slice(copied);
}

function isShouted(line: string, lowerLine: string): boolean {
  if (line === lowerLine || !LETTER.test(line)) return false;
  let letters = 0;
  for (const ch of line) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
  }
  return letters >= 8;
}
