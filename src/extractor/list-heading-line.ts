// A list printed one item a line ("- Vốn ngân sách địa phương: …", "- Khai khoáng: (-4,2%)") says what its items are in
// the line above them: the heading line, found by walking up over the item lines.

const ITEM_LINE = /^\s*[-–•+*] /u;
const MAX_ITEMS_ABOVE = 12;
// How far a list's line may run: longer ones are prose, and a search back through a text of one endless line for each
// figure would grow with the square of its length.
const LINE_REACH = 400;

/** Where the line holding `pos` starts, when it starts within `reach` characters before it; else -1. */
export function lineStartNear(lower: string, pos: number, reach = LINE_REACH): number {
  const from = Math.max(0, pos - reach);
  const at = lower.slice(from, pos).lastIndexOf('\n');
  if (at >= 0) return from + at + 1;
  return from === 0 ? 0 : -1;
}

/** Whether `line` is an item of such a list. */
export function isItemLine(line: string): boolean {
  return ITEM_LINE.test(line);
}

/** The line above the run of item lines that holds `pos`, or '' when the run is longer than a list or opens the text. */
export function headingLineAbove(lower: string, pos: number): string {
  let end = lineStartNear(lower, pos) - 1;
  for (let items = 0; end > 0 && items <= MAX_ITEMS_ABOVE; items++) {
    const start = lineStartNear(lower, end);
    if (start < 0) return '';
    const line = lower.slice(start, end);
    if (!isItemLine(line)) return line;
    end = start - 1;
  }
  return '';
}
