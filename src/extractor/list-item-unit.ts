// "Các thị trường khách quốc tế lớn nhất (lượt khách; tăng, giảm so với cùng kỳ):" over "Hàn Quốc: 682.000 (+38,2%)":
// a bare number after an item's label takes the unit its list's heading names in brackets, as a table's caption
// gives its cells one ("(đơn vị: triệu USD)" → "Gạo: 1.320" is 1.320 triệu USD).
import { unitOfPhrase, type Quantity } from './quantity.ts';
import { UNIT_LABEL } from './vocabulary/units.ts';

// The item's line up to the number: an optional bullet, a short label, its colon.
const LABEL_BEFORE = /^[-–+•*]?\s*[^\d:\n]{2,60}:\s$/u;
// The item's value and the opening of a bracket that gives its change: ": 95.000 (tăng ".
const CHANGE_AFTER_VALUE = /: \d[\d.,]*(?: ?[-–] ?\d[\d.,]*)? \((?:tăng|giảm) $/u;
// The heading's last bracket before its closing colon.
const HEADING_BRACKET = /\(([^()]{1,80})\)\s*:\s*$/u;
// The item's own bracket right before its colon.
const ITEM_BRACKET = /\(([^()]{1,30})\)\s*:\s$/u;
const ITEM_LINE = /^[-–+•*]?\s*[^\d:\n]{2,60}:\s*\d/u;
const MAX_ITEMS = 16;
const ITEM_LINE_REACH = 120;

/** The unit (and scale) a list heading names for the bare number at `q`, which follows an item's label. */
export function listItemUnit(lower: string, q: Quantity): Pick<Quantity, 'unit' | 'power'> | undefined {
  // Cheap gate: only a number right after ": " can be an item's value, or one in the change bracket after that value
  // ("- Thịt heo đùi: 95.000 (tăng 5.000)").
  if (lower[q.start - 1] !== ' ') return undefined;
  const afterColon = lower[q.start - 2] === ':';
  if (!afterColon && !lower.endsWith('(tăng ', q.start) && !lower.endsWith('(giảm ', q.start)) return undefined;
  // An item's line is short: looked for within a window, so a long line is not scanned back for every number.
  const from = Math.max(0, q.start - ITEM_LINE_REACH);
  const newline = lower.slice(from, q.start).lastIndexOf('\n');
  if (newline < 0 && from > 0) return undefined;
  const lineStart = from + newline + 1;
  let label = lower.slice(lineStart, q.start);
  if (!afterColon) {
    const change = CHANGE_AFTER_VALUE.exec(label);
    if (!change) return undefined;
    label = label.slice(0, change.index + 2);
  }
  if (!LABEL_BEFORE.test(label)) return undefined;
  // "- Trứng gà (đồng/chục): 32.000": an item that names its own unit keeps it over the heading's.
  const own = ITEM_BRACKET.exec(label);
  const ownUnit = own ? unitOfPhrase(own[1]!.trim().replace(UNIT_LABEL, '')) : undefined;
  if (ownUnit) return { unit: ownUnit.unit!, power: ownUnit.power };
  // Up over the item lines above to the heading that ends with a colon.
  let end = lineStart - 1;
  for (let k = 0; k < MAX_ITEMS && end > 0; k++) {
    const start = lower.lastIndexOf('\n', end - 1) + 1;
    const line = lower.slice(start, end);
    if (ITEM_LINE.test(line)) { end = start - 1; continue; }
    const bracket = HEADING_BRACKET.exec(line);
    const named = bracket ? unitOfPhrase(bracket[1]!.split(/[;,]/u)[0]!.trim().replace(UNIT_LABEL, '')) : undefined;
    if (named) return { unit: named.unit!, power: named.power };
    // "Kết quả phục vụ khách (so với Tết năm trước):" over "Tổng lượt khách: 686.000 (+21%)": when the heading names no
    // unit, a label that opens with a counted noun ("lượt khách", "khách quốc tế") counts it.
    return /:\s*$/u.test(line) ? labelUnit(label) : undefined;
  }
  return undefined;
}

const LABEL_WORDS = /^[-–+•*]?\s*(?:tổng(?: số)? )?([^:(]+?)\s*:\s$/u;
const MAX_LABEL_WORDS = 4;

/** The counted noun a label opens with: its longest first words that read as a unit. */
function labelUnit(label: string): Pick<Quantity, 'unit' | 'power'> | undefined {
  const words = LABEL_WORDS.exec(label)?.[1]?.split(' ');
  if (!words) return undefined;
  for (let n = Math.min(words.length, MAX_LABEL_WORDS); n > 0; n--) {
    const probe = unitOfPhrase(words.slice(0, n).join(' '));
    if (probe?.unit?.class === 'count') return { unit: probe.unit, power: probe.power };
  }
  return undefined;
}
