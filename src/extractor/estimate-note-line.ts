// "(Số liệu ước thực hiện cả năm. Nguồn: UBND tỉnh)" on a line of its own under an infographic's title: a note, often
// in brackets and with its source after a full stop, that says the panels below are estimates. Read like the
// "ƯỚC TÍNH …" title (estimate-title.ts): it governs the short lines after it, not the prose that follows.

// Tried at each line's start only (sticky).
const NOTE_LINE = /[ \t]*\(?[ \t]*(?:các )?số liệu (?:là |được tính là )?(?:số )?(?:ước thực hiện|ước tính|ước|sơ bộ)(?!\p{L})(?!\p{M})[^\n]{0,90}(?=\n)/uy;
// A note states no figure: its only numbers are years ("cả năm 2022") or a date.
const FIGURE_IN_LINE = /(?<![\d/.])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*(?![\d/])/u;

/** Where a note line ends (the governed stretch starts there), when the line at `at` is one. */
export function estimateNoteLineEnd(lower: string, at: number): number | undefined {
  NOTE_LINE.lastIndex = at;
  const m = NOTE_LINE.exec(lower);
  if (!m || FIGURE_IN_LINE.test(m[0].replace(/\d{1,2}\/\d{1,2}(?:\/\d{4})?/gu, ''))) return undefined;
  return m.index + m[0].length;
}
