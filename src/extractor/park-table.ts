// "Tính đến ngày 30/6/2024, tình hình cho thuê đất tại một số KCN như sau:" over "KCN | Đã cho thuê (ha) | Tỷ lệ lấp đầy
// (%)" and rows "Phú Mỹ II | 583,5 | 94,1": a table whose rows are industrial parks or clusters. Its cells are read as a
// place table's are (table-rows.ts), but a park named after a place owns nothing, and what a park has leased stands at
// the date its caption counts to.

export const PARK_HEAD = /^(?:kcn|ccn|khu công nghiệp|cụm công nghiệp|khu, cụm công nghiệp)$/u;

// The caption's cut-off: "Tính đến ngày 30/6/2024, …", "Đến hết tháng 9/2025, …".
const CUT_OFF = String.raw`(?:tính )?(?:đến|tới) (?:hết |cuối )?(?:ngày \d{1,2}[/-]|tháng )?(0?[1-9]|1[0-2])[/-]((?:19|20)\d\d)(?!\d)`;
const CAPTION_CUT_OFF = new RegExp(`^\\s*${CUT_OFF}`, 'u');
/** A caption that names its cut-off anywhere ("Kết quả phát triển người tham gia đến ngày 30/9/2024 như sau:"). */
export const CAPTION_NAMES_CUT_OFF = new RegExp(`(?<![\\p{L}\\p{M}])${CUT_OFF}`, 'u');

/** The month a park table's caption counts to, as a period ("2024-M06"). */
export function parkTableCutOff(caption: string): string | undefined {
  const m = CAPTION_CUT_OFF.exec(caption);
  return m ? `${m[2]}-M${m[1]!.padStart(2, '0')}` : undefined;
}

// How many rows above a label its table's heading row may stand, and how long a row label may be.
const ROWS_REACH = 40;
const LABEL_REACH = 60;

/** A place name that opens a row of a park table ("Phú Mỹ I | 637 | …", "Châu Đức | …"): the park's name. */
export function isParkRowLabel(lower: string, start: number): boolean {
  // At the start of its line (walked back over spaces only), with a cell bar soon after it on the same line.
  let lineStart = start;
  while (lineStart > 0 && (lower[lineStart - 1] === ' ' || lower[lineStart - 1] === '\t')) lineStart--;
  if (lineStart > 0 && lower[lineStart - 1] !== '\n') return false;
  const rest = lower.slice(start, start + LABEL_REACH);
  const bar = rest.indexOf('|');
  if (bar < 0 || rest.lastIndexOf('\n', bar) >= 0) return false;
  // Up the block of table lines to its heading row.
  for (let rows = 0; rows < ROWS_REACH && lineStart > 0; rows++) {
    const above = lower.lastIndexOf('\n', lineStart - 2) + 1;
    if (!lower.slice(above, lineStart - 1).includes('|')) break;
    lineStart = above;
  }
  // (The text the place reader sees blanks paragraphs without figures to spaces: a caption may run into the heading.)
  while (lower[lineStart] === ' ') lineStart++;
  const head = lower.slice(lineStart, lineStart + LABEL_REACH);
  const headBar = head.indexOf('|');
  return headBar >= 0 && PARK_HEAD.test(head.slice(0, headBar).trim());
}
