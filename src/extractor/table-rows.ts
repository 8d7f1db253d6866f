// Tables copied from a page arrive as lines of cells ("Chỉ tiêu | Kế hoạch | Ước thực hiện | Tỷ lệ", then
// "Thu ngân sách nhà nước (tỷ đồng) | 96 | 84,3 | 87,8%"). A bare number in a cell is a figure: its unit and scale
// stand in brackets in the row's label, its modality in the column's heading, and a "Tỷ lệ" column holds the
// attainment of the plan column.
import type { Base, Bound, Modality } from './figure.ts';
import { BOUNDS_AFTER, BOUNDS_BEFORE } from './vocabulary/cues.ts';
import { quantityValue, readQuantity, unitOfPhrase } from './quantity.ts';
import type { Candidate } from './scan-figures.ts';
import { UNIT_LABEL, UNIT_LABEL_WORDS } from './vocabulary/units.ts';
import { placeColumns } from './place-columns.ts';
import { CAPTION_NAMES_CUT_OFF, PARK_HEAD, parkTableCutOff } from './park-table.ts';

export interface TableCell {
  candidate: Candidate;
  modality?: Modality;
  /** A "Tỷ lệ" column next to a plan column: X% of the plan. */
  attainment?: boolean;
  /** What an attainment is of when not the plan: "So với cùng kỳ (%)" beside an estimate holds indices (112,4). */
  attainmentBase?: Base;
  /** A "So với cùng kỳ (%)" column of a series: the change against that base, its sign the direction. */
  change?: { base?: Base; direction?: 'up' | 'down' };
  /** A series row's own period ("Tháng 4", "Quý II", "Năm 2023"): a part of the year ("-M04") or a whole year. */
  period?: string;
  /** A plan column named for the year without saying which ("Kế hoạch năm"): the whole year of the text around it. */
  wholeYear?: boolean;
  /** A place table's caption line ("Kết quả thu hút vốn FDI quý I/2026 theo khu vực (đơn vị: triệu USD):"): it names
   *  what the cells measure, as a list's heading does. */
  caption?: readonly [number, number];
  /** A plan table's caption that names its cut-off ("Kết quả … đến ngày 30/9/2024 như sau:"): it dates the cells as a
   *  list's heading dates its items (stocks at the date's month, flows the months elapsed). */
  cutOff?: readonly [number, number];
  /** A cell that prints its bound beside the number ("8 trở lên", "dưới 1", "từ 90 trở lên" in a plan column). */
  bound?: Bound;
  /** The heading of a series column that names its measure ("Thu ngân sách (tỷ đồng)"): what its cells measure. */
  head?: readonly [number, number];
}

type Column = { changeMeasure?: string; wholeYear?: boolean; captionNames?: boolean; index?: boolean; modality?: Modality; headUnit?: string; attainment?: boolean; attainmentBase?: Base; period?: string; label?: boolean; parts?: boolean; unit?: boolean; measure?: string; change?: Base | 'year before' | 'none'; moves?: 'up' | 'down'; changeUnit?: '%' | 'điểm %' } | undefined;

const ESTIMATE_HEAD = /(?<![\p{L}\p{M}])(?:ước|ước thực hiện|ước th|ước tính|dự kiến)(?!\p{L})(?!\p{M})/u;
const PLAN_HEAD = /(?<![\p{L}\p{M}])(?:kế hoạch|kh|chỉ tiêu|dự toán|mục tiêu|nghị quyết|nq)(?!\p{L})(?!\p{M})/u;
// "Nhóm dự án | Kế hoạch vốn | Đã giải ngân | Tỷ lệ (%)": what was disbursed is what was done; so is what was
// finished ("Kế hoạch (căn) | Hoàn thành (căn) | Tỷ lệ (%)").
const ACTUAL_HEAD = /(?<![\p{L}\p{M}])(?:thực hiện|kết quả|th|đã giải ngân|giải ngân|hoàn thành)(?!\p{L})(?!\p{M})/u;
const RATIO_HEAD = /(?<![\p{L}\p{M}])(?:tỷ lệ|tỉ lệ|so sánh|so với kh|so kh|đạt)(?!\p{L})(?!\p{M})|%/u;
const PLAN_RATIO_HEAD = /so (?:với )?(?:kh|kế hoạch|dự toán)(?!\p{L})(?!\p{M})/u;
const LABEL_UNIT = /\(([^()]{1,24})\)\s*$/u;
const CAPTION_UNIT = /\(([^()]{1,24})\)\s*:?\s*$/u;
// "STT | Chỉ tiêu | ĐVT | KH 2023 | TH 2023 | So sánh (%)": a label column and a unit column may be named.
const LABEL_HEAD = /^(?:chỉ tiêu|nội dung|danh mục|lĩnh vực|tên chỉ tiêu|chỉ tiêu chủ yếu)$/u;
const UNIT_HEAD = new RegExp(`^${UNIT_LABEL_WORDS}$`, 'u');
const MONTHS_NAMED_HEAD = /(?<![\p{L}\p{M}\d])\d{1,2} tháng(?!\p{L})(?!\p{M})/u;
const NUMBER_CELL = /^[+\-−]?\d[\d.,]*\s*%?$/u;

// "Lào Cai (cũ) | 5.120 | 5.120 | 100": a row label's bracket that marks a unit merged away is no unit.
const FORMER_MARK = /^(?:cũ|trước sắp xếp|trước hợp nhất|trước sáp nhập)$/u;

// "Giá trị sản xuất (tỷ đồng, giá SS 2010)": the price basis beside the unit in the bracket is no part of it.
const PRICE_BASIS = /^giá (?:ss|so sánh|hiện hành|thực tế|cố định)(?: (?:năm )?(?:19|20)\d\d)?$/u;

function bracketUnit(found: RegExpExecArray | null): string | undefined {
  let text = found?.[1]?.trim();
  if (text?.includes(',')) {
    const parts = text.split(',').map((part) => part.trim());
    const kept = parts.filter((part) => !PRICE_BASIS.test(part));
    if (kept.length < parts.length) text = kept.join(', ');
  }
  return (text && !FORMER_MARK.test(text) && text.replace(UNIT_LABEL, '')) || undefined;
}

/** Every numeric cell of every table in `lower`, in text order. */
export function tableCells(lower: string): TableCell[] {
  if (!lower.includes('|') && !lower.includes('\t')) return [];
  const out: TableCell[] = [];
  let columns: Column[] | undefined;
  let headCells: Array<{ text: string; start: number }> = [];
  // The last non-table line before a heading row: "Cụ thể (tỷ đồng):" gives the unit of rows whose label has none.
  let caption = '';
  let captionStart = 0;
  let captionUnit: string | undefined;
  // A park table's caption counts to a date: its rows stand at that month.
  let rowsPeriod: string | undefined;
  let cutOff: readonly [number, number] | undefined;
  let lineStart = 0;
  while (lineStart < lower.length) {
    let lineEnd = lower.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = lower.length;
    const line = lower.slice(lineStart, lineEnd);
    const cells = splitCells(line, lineStart);
    if (cells.length < 3) {
      if (line.trim()) { columns = undefined; caption = line; captionStart = lineStart; }
    } else if (!columns) {
      headCells = cells;
      const heads = cells.map((c, i) => (LABEL_HEAD.test(c.text) ? { label: true } : UNIT_HEAD.test(c.text) ? { unit: true } : i === 0 ? undefined : classify(c.text)));
      const named = heads.some((h) => h?.label);
      if (!named) heads[0] = { label: true };
      // A heading row names its label column or two kinds of value ("Trang chủ | Kinh tế | Kế hoạch" is a menu).
      const valueColumns = heads.filter((h) => h?.modality || h?.attainment).length;
      captionUnit = bracketUnit(CAPTION_UNIT.exec(caption));
      columns = heads.some((h) => h?.modality) && (named || valueColumns >= 2) ? periodsAcross(heads) : seriesColumns(cells.map((c) => c.text), caption) ?? yearColumns(cells.map((c) => c.text)) ??
        baseColumns(cells.map((c) => c.text), captionUnit, caption) ?? placeColumns(cells.map((c) => c.text), captionUnit);
      rowsPeriod = columns?.[0]?.parts && PARK_HEAD.test(cells[0]!.text) ? parkTableCutOff(caption) : undefined;
      // ("Kế hoạch năm 2025 | Thực hiện 9 tháng": a column that names the months it sums is dated by them.)
      cutOff = caption && CAPTION_NAMES_CUT_OFF.test(caption) && !cells.some((c) => MONTHS_NAMED_HEAD.test(c.text)) ? [captionStart, captionStart + caption.length] : undefined;
    } else if (columns[0]?.label && columns.some((c) => c?.measure)) {
      readSeriesRow(cells, columns, captionUnit, out, rowsPeriod, headCells);
    } else {
      const before = out.length;
      readRow(cells, columns, captionUnit, out);
      if (columns[0]?.captionNames) for (let k = before; k < out.length; k++) out[k]!.caption = [captionStart, captionStart + caption.length];
      else if (cutOff) for (let k = before; k < out.length; k++) out[k]!.cutOff = cutOff;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

// "Tháng | Lượt khách | So với cùng kỳ (%)" over "Tháng 4 | 640.000 | +9,6": rows are periods, a column named by a
// counted noun or unit holds levels of it, a "so với …" column the changes against what it names.
const SERIES_LABEL = /^(?:tháng|quý|năm|kỳ|thời gian)$/u;
// "Điểm đến | Lượt khách | Tăng so với cùng kỳ (%)" over "Phường Sầm Sơn | 6,12 triệu | 12,4": rows of places in the
// same columns. Each row's figures are the place's (the row's own label, which the place reader sees before the cells),
// in the period of the text around the table.
const PLACE_LABEL = /^(?:địa phương|điểm đến|địa bàn|đơn vị|khu vực)$/u;
// "Cấp học | Số học sinh | So với năm học trước (%)" over "Tiểu học | 452.310 | +2,4": rows of the parts of one whole
// (levels of schooling, sectors, groups of goods, the rating classes of party organisations: "Mức xếp loại | Số tổ chức
// | Tỷ lệ (%)") are read as rows of places are, in the place and period around.
// ("Mặt hàng | Giá trị (triệu USD) | Tăng/giảm (%)": goods too, goods-table-rows.)
const PART_LABEL = /^(?:cấp học|bậc học|ngành học|loại hình|nhóm hàng|mặt hàng|ngành|lĩnh vực|mức xếp loại|xếp loại)$/u;
// A series cell may print its scale word: "6,12 triệu" in a "Lượt khách" column.
const NUMBER_OF = /^(?:tổng )?số (?=\p{L})/u;
const SERIES_CELL = /^[+\-−]?\d[\d.,]*\s*(?:%|nghìn|ngàn|triệu|tỷ|tỉ)?$/u;
const SERIES_BASE: Array<[RegExp, Base | 'year before']> = [
  [/so (?:với )?cùng kỳ/u, 'same_period'],
  [/so (?:với )?(?:tháng|quý|kỳ|năm học) trước/u, 'previous_period'],
  // Rows of years: "so với năm trước" is each row's year before (a year, as in a sentence).
  [/so (?:với )?năm trước/u, 'year before'],
];
// "So với cùng kỳ (%)", "Tăng so với năm trước (%)", "Tăng, giảm so với cùng kỳ (%)": the column of changes.
const CHANGE_HEAD = /^(?:(tăng|giảm)(?:\s*[,/]\s*(?:tăng|giảm))?\s+)?so /u;

// "Địa phương | Số vụ | Tăng, giảm (vụ) | Số người chết | Tăng, giảm (người)" under "… (tăng, giảm so với năm 2022):":
// a column of how a count moved, in the counted noun its bracket names, against what the caption compares with.
const COUNT_CHANGE_HEAD = /^(?:(tăng|giảm)(?:\s*[,/]\s*(?:tăng|giảm))?|\+\/-|±)\s*\(([^()]{1,16})\)$/u;
const CAPTION_BASE = /so (?:với )?(?:(cùng kỳ)|năm ((?:19|20)\d\d)(?!\d)|(năm trước))/u;
// "Số người chết", "Số người bị thương": a toll column counts people; the words after the noun say what befell them.
const TOLL_MEASURE = /^(người) (?:chết|tử vong|thiệt mạng|bị thương|mất tích)$/u;

function captionBase(caption: string): Base | 'year before' | 'none' {
  const m = CAPTION_BASE.exec(caption);
  return !m ? 'none' : m[1] ? 'same_period' : m[2] ? m[2] as Base : 'year before';
}

function seriesColumns(heads: string[], caption = ''): Column[] | undefined {
  const parts = PLACE_LABEL.test(heads[0] ?? '') || PART_LABEL.test(heads[0] ?? '') || PARK_HEAD.test(heads[0] ?? '');
  if (!parts && !SERIES_LABEL.test(heads[0] ?? '')) return undefined;
  const columns: Column[] = heads.map((head, i) => {
    if (i === 0) return parts ? { label: true, parts } : { label: true };
    const counted = COUNT_CHANGE_HEAD.exec(head);
    // "Tăng/giảm (%)" under a caption that says what it compares with ("… 11 tháng (so với cùng kỳ):"): the changes in
    // per cent against that (goods-table-rows).
    if (counted && counted[2] === '%' && captionBase(caption) !== 'none') return { change: captionBase(caption) };
    if (counted && counted[2] !== '%' && unitOfPhrase(counted[2]!)) {
      const moves = counted[1] && !/[,/]/u.test(counted[0]) ? (counted[1] === 'tăng' ? 'up' as const : 'down' as const) : undefined;
      return { change: captionBase(caption), changeMeasure: counted[2]!, ...(moves && { moves }) };
    }
    const change = CHANGE_HEAD.exec(head);
    if (change) {
      // A heading that says only "Tăng" (or only "Giảm") moves its unsigned cells that way.
      const moves = change[1] && !/[,/]/u.test(change[0]) ? (change[1] === 'tăng' ? 'up' as const : 'down' as const) : undefined;
      return { change: SERIES_BASE.find(([re]) => re.test(head))?.[1] ?? 'none', ...(moves && { moves }) };
    }
    // "Lượt khách", or a name with its unit in brackets: "Kim ngạch (triệu USD)".
    // ("Số học sinh", "Tổng số vụ": the number of a counted noun is counted in that noun.)
    const named = bracketUnit(LABEL_UNIT.exec(head)) ?? head.replace(NUMBER_OF, '');
    const measure = TOLL_MEASURE.exec(named)?.[1] ?? named;
    // "Ước thiệt hại (tỷ đồng)" beside counted columns: a measure whose heading opens on an estimate holds estimates, and
    // so does one that names its estimate after the measure ("Sản lượng ước năm 2022 (tấn)": estimate-in-measure-head).
    return unitOfPhrase(measure) ? { measure, ...(ESTIMATE_HEAD.test(head) && { modality: 'estimate' as const }) } : undefined;
  });
  // Rows of places take only columns this reader knows: a year ("Năm 2024") or a change with no base ("Tăng/giảm") is
  // another table's, read elsewhere or not at all.
  if (parts && heads.slice(1).some((head, i) => YEAR_HEAD.test(head) || (!columns[i + 1]?.measure && !columns[i + 1]?.changeMeasure && !CHANGE_HEAD.test(head) &&
    !(columns[i + 1]?.change && columns[i + 1]!.change !== 'none')))) return undefined;
  return columns.some((c) => c?.measure) ? columns : undefined;
}

// "Địa phương | Năm 2023 | Năm 2024" under "Tăng trưởng GRDP … (%):": rows of places, a column per year.
const YEAR_HEAD = /^(?:năm )?((?:19|20)\d\d)$/u;
// "Tăng/giảm (%)", "Tăng, giảm so với năm 2023 (%)", "± (điểm %)" after the year columns: how the last year moved. The
// unit must be named: a bare "Tăng/giảm" under a "(%)" caption could be points or per cent.
const YEAR_CHANGE_HEAD = /^(?:(tăng|giảm)(?:\s*[,/]\s*(?:tăng|giảm))?|\+\/-|±)(?:\s+so (?:với )?năm ((?:19|20)\d\d|trước))?\s*\((%|điểm %|điểm phần trăm)\)$/u;

// "Năm 2021 (%) | Năm 2022 (%)": a year column may print the unit of its cells in brackets, when the row labels name
// none ("Cải cách thủ tục hành chính | 93,12 | 95,44").
const YEAR_UNIT_HEAD = /^((?:năm )?(?:19|20)\d\d)\s*(\([^()]{1,24}\))$/u;

function yearColumns(allHeads: string[]): Column[] | undefined {
  const headUnits = allHeads.map((h, i) => {
    const found = i > 0 ? YEAR_UNIT_HEAD.exec(h) : null;
    const unit = found ? bracketUnit(LABEL_UNIT.exec(found[2]!)) : undefined;
    return unit && (unit === '%' || unitOfPhrase(unit)) ? { year: found![1]!, unit } : undefined;
  });
  const heads = allHeads.map((h, i) => headUnits[i]?.year ?? h);
  const rest = heads.slice(1);
  const years = rest.filter((h) => YEAR_HEAD.test(h)).length;
  const changes = rest.filter((h) => YEAR_CHANGE_HEAD.test(h)).length;
  // Two years, or one year and how it moved: a single "Năm 2024" column alone could hold anything.
  if (heads.length < 3 || years + changes < rest.length || years === 0 || years + Math.min(changes, 1) < 2) return undefined;
  let lastYear: string | undefined;
  let yearBefore: string | undefined;
  return heads.map((head, i) => {
    if (i === 0) return { label: true };
    const year = YEAR_HEAD.exec(head)?.[1];
    if (year) {
      // "Năm 2025 | Năm 2024 | Tăng, giảm (%)": newest first; the change is still the newer year's against the older.
      if (lastYear === undefined || year > lastYear) {
        yearBefore = lastYear;
        lastYear = year;
      } else if (yearBefore === undefined || year > yearBefore) {
        yearBefore = year;
      }
      const headUnit = headUnits[i]?.unit;
      return headUnit ? { period: year, headUnit } : { period: year };
    }
    const change = YEAR_CHANGE_HEAD.exec(head)!;
    const named = change[2] === 'trước' ? undefined : change[2];
    const base = named ?? yearBefore ?? String(Number(lastYear) - 1);
    const moves = change[1] && !/[,/]/u.test(change[0]) ? (change[1] === 'tăng' ? 'up' as const : 'down' as const) : 'up' as const;
    return { period: lastYear, change: base as Base, moves, changeUnit: change[3] === '%' ? '%' : 'điểm %' };
  });
}

// "CHỈ SỐ GIÁ THÁNG 10/2024 (%)" over "Chỉ số | So với tháng trước | So với tháng 12/2023 | So với cùng kỳ": every value
// column names what it compares with, and the caption says the cells are per cent: indices (100,30) against each base.
const BASE_NAMED_HEAD: Array<[RegExp, (m: RegExpExecArray) => Base]> = [
  [/^so (?:với )?cùng kỳ(?: năm trước)?$/u, () => 'same_period'],
  [/^so (?:với )?(?:tháng|quý|kỳ) trước$/u, () => 'previous_period'],
  // December of a year stands for that year's end: the year is the base, as in a sentence.
  [/^so (?:với )?tháng 12[/-]((?:19|20)\d\d)$/u, (m) => m[1] as Base],
];

// The caption may name the month the box is of: "CHỈ SỐ GIÁ THÁNG 10/2024 (%)".
const CAPTION_MONTH = /(?<![\p{L}\p{M}])tháng (0?[1-9]|1[0-2])[/-]((?:19|20)\d\d)(?!\d)/u;

function baseColumns(heads: string[], captionUnit: string | undefined, caption: string): Column[] | undefined {
  if (heads.length < 3) return undefined;
  const percent = captionUnit === '%' || heads.some((h) => /\(%\)$/u.test(h));
  if (!percent) return undefined;
  const columns: Column[] = [{ label: true }];
  const month = CAPTION_MONTH.exec(caption);
  for (const head of heads.slice(1)) {
    const bare = head.replace(/\s*\(%\)$/u, '');
    let base: Base | undefined;
    for (const [re, of] of BASE_NAMED_HEAD) {
      const m = re.exec(bare);
      if (m) { base = of(m); break; }
    }
    if (!base) return undefined;
    columns.push({ attainment: true, attainmentBase: base, index: true, ...(month && { period: `${month[2]}-M${month[1]!.padStart(2, '0')}` }) });
  }
  return columns;
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function seriesPeriod(label: string): string | undefined {
  const month = /^tháng (\d{1,2})$/u.exec(label);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `-M${month[1]!.padStart(2, '0')}`;
  const quarter = /^quý (iv|iii|ii|i|[1-4])$/u.exec(label);
  if (quarter) return `-Q${ROMAN_QUARTER[quarter[1]!]}`;
  return /^(?:năm )?((?:19|20)\d\d)$/u.exec(label)?.[1];
}

// "(đơn vị: nghìn lượt)" over a "Lượt khách" column: the caption's scale word applies to the column's measure.
const SCALE_WORD = /^(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\p{L})(?!\p{M})/u;

function readSeriesRow(cells: Array<{ text: string; start: number }>, columns: Column[], captionUnit: string | undefined, out: TableCell[], rowsPeriod?: string,
  headCells: ReadonlyArray<{ text: string; start: number }> = []): void {
  const scale = captionUnit ? SCALE_WORD.exec(captionUnit)?.[0] : undefined;
  const period = columns[0]?.parts ? rowsPeriod : seriesPeriod(cells[0]?.text ?? '');
  if (!period && !columns[0]?.parts) return;
  for (let i = 1; i < cells.length && i < columns.length; i++) {
    const column = columns[i];
    const cell = cells[i]!;
    if (!column || !SERIES_CELL.test(cell.text)) continue;
    const signed = /^[+\-−]/u.test(cell.text);
    const number = cell.text.replace(/^[+\-−]\s*/u, '').replace(/\s*%$/u, '');
    const measure = scale && !SCALE_WORD.test(column.measure ?? '') ? `${scale} ${column.measure}` : column.measure;
    const phrase = column.changeMeasure ? `${number} ${column.changeMeasure}` : column.change ? `${number}%` : `${number} ${measure}`;
    const q = readQuantity(phrase, 0);
    if (!q?.unit || q.end < phrase.length) continue;
    const start = cell.start + (signed ? cell.text.length - cell.text.replace(/^[+\-−]\s*/u, '').length : 0);
    const direction = signed ? (cell.text.startsWith('+') ? 'up' as const : 'down' as const) : column.moves;
    const base = column.change === 'year before' ? (period && /^\d{4}$/u.test(period) ? String(Number(period) - 1) as Base : undefined) : column.change === 'none' ? undefined : column.change;
    // "Địa phương | Tăng trưởng GRDP (%) | Thu ngân sách (tỷ đồng) | Xuất khẩu (triệu USD)": a measure column's heading
    // names what its cells measure, not the heading named last on its line (series-column-head-names-measure).
    const head = column.measure && !column.change ? headCells[i] : undefined;
    out.push({
      candidate: { start, end: start + number.length + (cell.text.endsWith('%') ? 1 : 0), numberStart: start, value: quantityValue(q), unit: q.unit, decimals: q.decimals },
      ...(period && { period }),
      ...(column.modality && { modality: column.modality }),
      ...(column.change && { change: { ...(base && { base }), ...(direction && { direction }) } }),
      ...(head && { head: [head.start, head.start + head.text.length] as const }),
    });
  }
}

function splitCells(line: string, offset: number): Array<{ text: string; start: number }> {
  // What /\s*(?:\||\t)\s*/ finds in a line, asked without a pattern whose leading \s* is tried at every position.
  if (!line.includes('|') && !line.includes('\t')) return [];
  const out: Array<{ text: string; start: number }> = [];
  let at = 0;
  for (const part of line.split(/\||\t/)) {
    const lead = part.length - part.trimStart().length;
    out.push({ text: part.trim(), start: offset + at + lead });
    at += part.length + 1;
  }
  return out;
}

// "Kế hoạch năm 2024", "KH 2024", "Dự toán 2024": a column that names a whole year (no months, no quarter) is that year's.
const WHOLE_YEAR_HEAD = /(?<![\p{L}\p{M}\d/])(?:năm )?((?:19|20)\d\d)$/u;
// "Kế hoạch năm", "Dự toán cả năm": a plan column for the year the table reports on, whatever stretch its values cover.
const YEAR_WORD_HEAD = /(?<![\p{L}\p{M}])(?:cả )?năm$/u;
const PART_OF_YEAR = /(?<![\p{L}\p{M}])(?:tháng|quý|vụ|học kỳ|kỳ|đợt)(?!\p{L})(?!\p{M})/u;

// "Thực hiện tháng 10/2026": a column of one month's values. "Cộng dồn 10 tháng", "Lũy kế 10 tháng năm 2026": a column
// of the months summed since January, values reported like a "Thực hiện" column.
const MONTH_HEAD = /(?<![\p{L}\p{M}])tháng (0?[1-9]|1[0-2])(?:[/-]((?:19|20)\d\d))?$/u;
const MONTHS_SUM_HEAD = /^(?:cộng dồn|lũy kế|luỹ kế|tính chung|cộng)(?: (?:đến|tới|từ đầu năm(?: đến)?))? (\d{1,2}) tháng(?: đầu)?(?: năm)?(?: ((?:19|20)\d\d))?$/u;
// "Tháng 6/2025 | 6 tháng năm 2025": an office's table may head its columns with the stretch alone, no verb; a month
// with its year is that month's values, months with their year the sum since January. (The year keeps a bare "6 tháng"
// or "Tháng 6", which can head anything, out.) A national roundup's table of places may drop the "năm": "Địa phương | 6
// tháng 2023 | 6 tháng 2024" (months-year-column-head).
const BARE_MONTH_HEAD = /^tháng (0?[1-9]|1[0-2])[/-]((?:19|20)\d\d)$/u;
const BARE_MONTHS_SUM_HEAD = /^(\d{1,2}) tháng(?: đầu)?(?: năm)? ((?:19|20)\d\d)$/u;
// "Quý I/2026", "Quý III năm 2025": a quarter with its year heads that quarter's values, as a month with its year does.
const BARE_QUARTER_HEAD = /^quý (iv|iii|ii|i)(?:[/-]| năm )((?:19|20)\d\d)$/u;

// "Kế hoạch (tỷ đồng) | Giải ngân (tỷ đồng)": a value column may print the unit and scale of its cells in its heading.
function classify(head: string): Column {
  const column = classifyValue(head);
  const headUnit = column?.modality ? bracketUnit(LABEL_UNIT.exec(head)) : undefined;
  return headUnit && headUnit !== '%' ? { ...column, headUnit } : column;
}

function classifyValue(head: string): Column {
  const bareMonth = BARE_MONTH_HEAD.exec(head);
  if (bareMonth) return { modality: 'actual', period: `${bareMonth[2]}-M${bareMonth[1]!.padStart(2, '0')}` };
  const bareQuarter = BARE_QUARTER_HEAD.exec(head);
  if (bareQuarter) return { modality: 'actual', period: `${bareQuarter[2]}-Q${ROMAN_QUARTER[bareQuarter[1]!]}` };
  const sum = MONTHS_SUM_HEAD.exec(head) ?? BARE_MONTHS_SUM_HEAD.exec(head);
  if (sum && Number(sum[1]) >= 2 && Number(sum[1]) <= 12) {
    const n = Number(sum[1]);
    const part = n === 12 ? '' : n === 6 ? '-H1' : n === 3 ? '-Q1' : `-${n}M`;
    return { modality: 'actual', period: `${sum[2] ?? ''}${part}` || undefined };
  }
  const column = classifyModality(head);
  const month = column?.modality ? MONTH_HEAD.exec(head) : null;
  if (month) return { ...column, period: `${month[2] ?? ''}-M${month[1]!.padStart(2, '0')}` };
  const year = column?.modality && !PART_OF_YEAR.test(head) ? WHOLE_YEAR_HEAD.exec(head.replace(LABEL_UNIT, '').trimEnd())?.[1] : undefined;
  if (!year && column?.modality === 'target' && YEAR_WORD_HEAD.test(head.replace(LABEL_UNIT, '').trimEnd())) return { ...column, wholeYear: true };
  return year ? { ...column, period: year } : column;
}

/** A sum column names no year ("Cộng dồn 10 tháng"): it takes the year of a month column beside it; an index column
 * ("So cùng kỳ (%)") takes the period of the value column right before it, whose values it compares. */
function periodsAcross(columns: Column[]): Column[] {
  const year = columns.map((c) => /^((?:19|20)\d\d)-M\d\d$/u.exec(c?.period ?? '')?.[1]).find((y) => y !== undefined);
  return columns.map((c, i) => {
    if (!c) return c;
    if (year && c.period?.startsWith('-') && /^-(?:\d{1,2}M|H1|Q1)$/u.test(c.period)) return { ...c, period: `${year}${c.period}` };
    if (c.attainmentBase && !c.period) {
      const before = columns[i - 1];
      const period = before?.modality && before.period ? (before.period.startsWith('-') && year ? `${year}${before.period}` : before.period) : undefined;
      return period ? { ...c, period } : c;
    }
    return c;
  });
}

// "Tăng so với cùng kỳ (%)" beside plan and result columns: a heading that opens on its verb holds how each row moved
// against that base (small numbers such as 3,1), not the row as a share of it; "So với cùng kỳ (%)" stays an index.
const MOVE_HEAD = /^(tăng|giảm)(\s*[,/]\s*(?:tăng|giảm))?\s+so (?:với )?(?:cùng kỳ|(?:tháng|quý|kỳ) trước)(?: năm trước)?\s*\((%|điểm %|điểm phần trăm)\)$/u;

function movedColumn(head: string): Column {
  const found = MOVE_HEAD.exec(head);
  if (!found) return undefined;
  const base = SERIES_BASE.find(([re]) => re.test(head))?.[1];
  if (base !== 'same_period' && base !== 'previous_period') return undefined;
  const moves = found[2] ? undefined : found[1] === 'tăng' ? 'up' as const : 'down' as const;
  return { change: base, changeUnit: found[3] === '%' ? '%' : 'điểm %', ...(moves && { moves }) };
}

// "So với năm 2021 (%)" beside plan and result columns: each row's result as a percentage of that year's.
const YEAR_INDEX_HEAD = /^so (?:với )?năm ((?:19|20)\d\d)\s*\(%\)$/u;

function classifyModality(head: string): Column {
  if (ESTIMATE_HEAD.test(head)) return { modality: 'estimate' };
  const moved = movedColumn(head);
  if (moved) return moved;
  if (RATIO_HEAD.test(head) && !PLAN_HEAD.test(head.replace(/so (?:với )?(?:kh|kế hoạch|dự toán)/u, ''))) {
    // "So với cùng kỳ (%)": the row's value as a percentage of the same period's.
    if (/so (?:với )?cùng kỳ/u.test(head) && head.includes('%')) return { attainment: true, attainmentBase: 'same_period' };
    // "So với năm 2021 (%)": the row's value as a percentage of that year's (year-index-column).
    const year = head.includes('%') ? YEAR_INDEX_HEAD.exec(head)?.[1] : undefined;
    if (year) return { attainment: true, attainmentBase: year as Base };
    // "So với KH năm (%)": the row's value as a share of its plan, though no plan column stands beside it.
    return PLAN_RATIO_HEAD.test(head) ? { attainment: true, attainmentBase: 'target' } : { attainment: true };
  }
  if (PLAN_HEAD.test(head)) return { modality: 'target' };
  if (ACTUAL_HEAD.test(head)) return { modality: 'actual' };
  return undefined;
}

// "Tốc độ tăng trưởng GRDP (%) | 6,72 | 8 trở lên", "Tỷ lệ hộ nghèo (%) | 1,21 | dưới 1": a plan cell may print the bound
// of its target around the bare number; the number is the cell's figure and the words its bound. Longest words first.
const CELL_BOUNDS_BEFORE = [...BOUNDS_BEFORE].sort((a, b) => b[0].length - a[0].length);

/** The bare number of a cell that prints a bound around it, where it starts in the cell, and the bound. */
export function boundedCell(text: string): { offset: number; text: string; bound: Bound } | undefined {
  if (!/\d/u.test(text)) return undefined;
  let offset = 0;
  let end = text.length;
  let bound: Bound | undefined;
  for (const [words, b] of BOUNDS_AFTER) {
    if (text.endsWith(` ${words}`)) { end -= words.length + 1; bound = b; break; }
  }
  for (const [words, b] of CELL_BOUNDS_BEFORE) {
    if (text.startsWith(`${words} `)) { offset = words.length + 1; bound ??= b; break; }
  }
  // "từ 8 trở lên": "từ" opens the bound the words after close.
  if (!offset && bound && text.startsWith('từ ')) offset = 3;
  const number = text.slice(offset, end).trim();
  if (!bound || !NUMBER_CELL.test(number)) return undefined;
  return { offset: offset + text.slice(offset).indexOf(number), text: number, bound };
}

function readRow(cells: Array<{ text: string; start: number }>, columns: Column[], captionUnit: string | undefined, out: TableCell[]): void {
  const label = cells[columns.findIndex((c) => c?.label)]?.text ?? '';
  const unitColumn = columns.findIndex((c) => c?.unit);
  const rowUnit = (unitColumn >= 0 ? cells[unitColumn]?.text : undefined) || bracketUnit(LABEL_UNIT.exec(label));
  const hasPlan = columns.some((c) => c?.modality === 'target');
  // The ratio column speaks of the row's achieved value (the actual or estimate column beside it).
  const achieved = columns.find((c) => c?.modality === 'actual' || c?.modality === 'estimate')?.modality;
  for (let i = 0; i < cells.length && i < columns.length; i++) {
    const column = columns[i];
    let cell = cells[i]!;
    if (!column || column.label || column.unit) continue;
    const unitText = rowUnit || column.headUnit || captionUnit;
    const bounded = column.modality && !column.changeUnit && !NUMBER_CELL.test(cell.text) ? boundedCell(cell.text) : undefined;
    if (bounded) cell = { text: bounded.text, start: cell.start + bounded.offset };
    if (!NUMBER_CELL.test(cell.text)) {
      // "Ước quý I/2025" over "1.245 nghìn tấn": a cell that prints its own unit still takes its column's modality.
      const own = column.modality ? readQuantity(cell.text, 0) : undefined;
      if (own?.unit && own.end === cell.text.length) {
        out.push({ candidate: { start: cell.start, end: cell.start + own.end, numberStart: cell.start, value: quantityValue(own), unit: own.unit, decimals: own.decimals }, modality: column.modality });
      }
      continue;
    }
    if (column.changeUnit) {
      // A moved column beside a result column (no year of its own) speaks of that result, as a ratio column does.
      readYearChange(cell, column, out, column.period ? undefined : achieved);
      continue;
    }
    // "Đạt (%) | So cùng kỳ (%)" over "57,2 | +8,4": a signed cell under a column that compares with a base is the
    // change against it (its sign the direction), not an index of it.
    if (column.attainmentBase && !column.index && /^[+\-−]/u.test(cell.text)) {
      readYearChange(cell, { change: column.attainmentBase, changeUnit: '%', ...(column.period && { period: column.period }) }, out, achieved);
      continue;
    }
    // An index is printed unsigned around 100; a signed or small cell under the same head is a change, not read here.
    if (column.index && (/^[+\-−]/u.test(cell.text) || Number(cell.text.replace(/\./gu, '').replace(',', '.').replace(/\s*%$/u, '')) < 50)) continue;
    const attainment = column.attainment && (hasPlan || column.attainmentBase !== undefined);
    const percent = cell.text.endsWith('%') || unitText === '%';
    const number = cell.text.replace(/\s*%$/u, '');
    // Read as the page would print it with its unit: "96 tỷ đồng", "1,65%", "104 hộ".
    const phrase = attainment || percent ? `${number}%` : unitText ? `${number} ${unitText}` : number;
    const q = readQuantity(phrase, 0);
    if (!q?.unit || q.end < phrase.length) continue;
    const end = cell.start + number.length + (cell.text.endsWith('%') ? cell.text.length - number.length : 0);
    out.push({
      candidate: {
        start: cell.start, end, numberStart: cell.start, value: quantityValue(q), unit: q.unit, decimals: q.decimals,
      },
      modality: attainment ? achieved : column.modality,
      ...(attainment && { attainment: true }),
      // Each ratio column has its own base: "So với KH (%)" the plan, "So với cùng kỳ (%)" beside it the same period.
      ...(attainment && column.attainmentBase && { attainmentBase: column.attainmentBase }),
      ...(column.period && { period: column.period }),
      ...(column.wholeYear && { wholeYear: true }),
      ...(bounded && { bound: bounded.bound }),
    });
  }
}

// A year table's change column: "-0,4" is down, an unsigned cell goes the way the heading says (up when it says both).
function readYearChange(cell: { text: string; start: number }, column: NonNullable<Column>, out: TableCell[], modality?: Modality): void {
  const signed = /^[+\-−]/u.test(cell.text);
  const number = cell.text.replace(/^[+\-−]\s*/u, '').replace(/\s*%$/u, '');
  const q = readQuantity(column.changeUnit === '%' ? `${number}%` : `${number} điểm %`, 0);
  if (!q?.unit) return;
  const start = cell.start + cell.text.length - cell.text.replace(/^[+\-−]\s*/u, '').length;
  const base = column.change as Base;
  out.push({
    candidate: { start, end: start + number.length + (cell.text.endsWith('%') ? 1 : 0), numberStart: start, value: quantityValue(q), unit: q.unit, decimals: q.decimals },
    ...(column.period && { period: column.period }),
    ...(modality && { modality }),
    change: { base, direction: signed ? (cell.text.startsWith('+') ? 'up' : 'down') : column.moves! },
  });
}
