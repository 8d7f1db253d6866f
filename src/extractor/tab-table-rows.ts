// A table copied from a page or a spreadsheet often keeps its cells apart with tabs ("Alumin\tTấn\t112.400\t1.068.900").
// Tabs are otherwise read as spaces; on a line where two or more separate runs of them stand between its words (three
// cells at least) they are cell borders and become "|", the border table-rows.ts reads (one character for one: offsets
// hold). Indentation, and one run of tabs aligning two words, stay spaces.

const MIN_TAB_RUNS = 2;

export function tabsToCellBorders(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl === -1 ? text.length : nl;
    out += borders(text.slice(from, end)) + (nl === -1 ? '' : '\n');
    if (nl === -1) break;
    from = nl + 1;
  }
  return out;
}

function borders(line: string): string {
  if (!line.includes('\t')) return line;
  const first = line.search(/[^\s]/u);
  if (first < 0) return line;
  let last = line.length - 1;
  while (/\s/u.test(line[last]!)) last--;
  const inner = line.slice(first, last + 1);
  let runs = 0;
  for (let i = 0; i < inner.length; i++) if (inner[i] === '\t' && inner[i - 1] !== '\t') runs++;
  if (runs < MIN_TAB_RUNS) return line;
  return line.slice(0, first) + inner.replaceAll('\t', '|') + line.slice(last + 1);
}
