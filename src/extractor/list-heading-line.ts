// A list printed one item a line ("- Vốn ngân sách địa phương: …", "- Khai khoáng: (-4,2%)") says what its items are in
// the line above them: the heading line, found by walking up over the item lines.

const ITEM_LINE = /^\s*[-–•+*] /u;
const MAX_ITEMS_ABOVE = 12;

/** Whether `line` is an item of such a list. */
export function isItemLine(line: string): boolean {
  return ITEM_LINE.test(line);
}

/** The line above the run of item lines that holds `pos`, or '' when the run is longer than a list or opens the text. */
export function headingLineAbove(lower: string, pos: number): string {
  let end = lower.lastIndexOf('\n', pos - 1);
  for (let items = 0; end > 0 && items <= MAX_ITEMS_ABOVE; items++) {
    const start = lower.lastIndexOf('\n', end - 1) + 1;
    const line = lower.slice(start, end);
    if (!isItemLine(line)) return line;
    end = start - 1;
  }
  return '';
}
