// "ƯỚC TÍNH 6 THÁNG ĐẦU NĂM 2026" alone on a line over an infographic's panels (short lines of labels and values): the
// title says every panel under it is an estimate. It governs the short lines after it, up to the first paragraph of
// prose (a report's own sentences say for themselves whether they estimate). A note line "(Số liệu ước thực hiện …)"
// governs the same way (estimate-note-line.ts).
import { estimateNoteLineEnd } from './estimate-note-line.ts';

// Tried at each line's start only (sticky): a pattern that opens on "(?:^|\n)" is tried at every character.
const TITLE = /[ \t]*(?:ước tính|ước thực hiện|dự ước|số liệu ước tính|số ước tính)(?!\p{L})(?!\p{M})[^\n,.;:]{0,60}(?=\n)/uy;
// A line that states a figure ("Ước tính GRDP tăng 8,9%") is a sentence, not a title.
const STATES = /(?<![\p{L}\p{M}])(?:đạt|tăng|giảm|là|có|bằng|chiếm)(?!\p{L})(?!\p{M})|%/u;
const PANEL_LINE = 110;

/** The stretches of text (from, to) whose figures an estimate title governs. */
export function estimateTitleSpans(lower: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = 0; at < lower.length; ) {
    const lineEnd = lower.indexOf('\n', at);
    TITLE.lastIndex = at;
    const m = TITLE.exec(lower);
    const noteEnd = m ? undefined : estimateNoteLineEnd(lower, at);
    at = lineEnd === -1 ? lower.length : lineEnd + 1;
    if (noteEnd === undefined && (!m || STATES.test(m[0]))) continue;
    const from = noteEnd ?? m!.index + m![0].length;
    let end = from;
    for (;;) {
      const next = lower.indexOf('\n', end + 1);
      const line = lower.slice(end + 1, next === -1 ? lower.length : next);
      if (line.trim().length > PANEL_LINE) break;
      end = next === -1 ? lower.length : next;
      if (next === -1) break;
    }
    if (end > from) spans.push([from, end]);
  }
  return spans;
}
