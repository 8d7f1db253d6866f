// A table copied from a page or a spreadsheet often keeps its cells apart with tabs ("Alumin\tTấn\t112.400\t1.068.900").
// Tabs are otherwise read as spaces; on a line with two or more of them between its words they are cell borders and
// become "|", the border table-rows.ts reads (one character for one: offsets hold). Indentation stays a space.

const MIN_INNER_TABS = 2;

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
  let tabs = 0;
  for (const ch of inner) if (ch === '\t') tabs++;
  if (tabs < MIN_INNER_TABS) return line;
  return line.slice(0, first) + inner.replaceAll('\t', '|') + line.slice(last + 1);
}
