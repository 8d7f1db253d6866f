// Hand-written checks for the messages a content script receives: the background's extraction answer and save
// notice on the page port (PortResponseSchema, PortSavedSchema) and a message sent to the tab (PageMessageSchema).
// They accept exactly what those schemas accept (test/unit/messages/page-guards.test.ts compares them on valid and
// broken messages) but run as a handful of plain functions: on a page's first answer, the schemas' validators cost V8
// a compile each, about a millisecond in all, on every page load. The schemas stay the contract; the background and
// the tests use them. No regular expression either: the first use of one compiles it on the page (the period and
// year checks below are PERIOD_FORMAT and /^\d{4}$/ spelled out; test/unit/messages/page-guards.test.ts compares them).
import type { PageMessage, PortResponse, PortSaved } from './page-messages.ts';

type Obj = Record<string, unknown>;

const KINDS = new Set(['level', 'change', 'attainment', 'ratio']);
const MODALITIES = new Set(['actual', 'estimate', 'target']);
const DIRECTIONS = new Set(['up', 'down']);
const BASES = new Set(['same_period', 'previous_period', 'target']);
const STATUSES = new Set(['achieved', 'exceeded', 'nearly', 'not_achieved', 'pending']);
const BOUNDS = new Set(['over', 'under', 'at_least', 'at_most', 'about', 'nearly']);

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether `s[from, to)` is all ASCII digits (what `\d` matches without the u flag). */
function digits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** /^\d{4}$/ */
const isYear = (s: string) => s.length === 4 && digits(s, 0, 4);

/** PERIOD_FORMAT (src/messages/period-format.ts): a year, then nothing, -H1|-H2, -Q1…-Q4, -dM or -ddM, -Mdd; or a
 *  term, yyyy/yyyy. */
export function isPeriod(s: string): boolean {
  const n = s.length;
  if (n < 4 || !digits(s, 0, 4)) return false;
  if (n === 4) return true;
  const sep = s.charCodeAt(4);
  if (sep === 47) return n === 9 && digits(s, 5, 9); // "/"
  if (sep !== 45 || n < 7 || n > 8) return false; // "-"
  const a = s.charCodeAt(5);
  const b = s.charCodeAt(6);
  if (n === 7) {
    if (a === 72) return b === 49 || b === 50; // H1, H2
    if (a === 81) return b >= 49 && b <= 52; // Q1…Q4
    return isDigit(a) && b === 77; // 9M
  }
  if (a === 77) return isDigit(b) && isDigit(s.charCodeAt(7)); // M07
  return isDigit(a) && isDigit(b) && s.charCodeAt(7) === 77; // 12M
}

// As valibot's object(): any non-null object.
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null;
// As valibot's number(): NaN is not a number.
const isNum = (x: unknown) => typeof x === 'number' && !Number.isNaN(x);
const isIndex = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const finiteOrAbsent = (x: unknown) => x === undefined || Number.isFinite(x);
const isText = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
const textOrAbsent = (x: unknown, max: number) => x === undefined || isText(x, max);
const oneOfOrAbsent = (x: unknown, set: ReadonlySet<string>) => x === undefined || (typeof x === 'string' && set.has(x));

/** FigureSchema, field by field. */
function isFigure(x: unknown): boolean {
  if (!isObj(x)) return false;
  const { base, period } = x;
  return isIndex(x.start) && isIndex(x.end) &&
    isText(x.text, 500) &&
    typeof x.kind === 'string' && KINDS.has(x.kind) &&
    Number.isFinite(x.value) && finiteOrAbsent(x.of) && finiteOrAbsent(x.high) &&
    textOrAbsent(x.unit, 80) && textOrAbsent(x.indicator, 80) && textOrAbsent(x.locality, 120) &&
    (period === undefined || (typeof period === 'string' && isPeriod(period))) &&
    oneOfOrAbsent(x.modality, MODALITIES) && oneOfOrAbsent(x.direction, DIRECTIONS) &&
    (base === undefined || (typeof base === 'string' && (BASES.has(base) || isYear(base)))) &&
    oneOfOrAbsent(x.status, STATUSES) && oneOfOrAbsent(x.bound, BOUNDS);
}

/** PortResponseSchema: the background's answer to an extraction request. */
export function isPortResponse(x: unknown): x is PortResponse {
  if (!isObj(x) || !isNum(x.id)) return false;
  if (x.ok === false) return typeof x.error === 'string';
  if (x.ok !== true || typeof x.version !== 'string' || x.version.length > 40) return false;
  if (!textOrAbsent(x.published, Infinity) || !textOrAbsent(x.locality, Infinity)) return false;
  const figures = x.figures;
  if (!Array.isArray(figures)) return false;
  for (let i = 0; i < figures.length; i++) if (!isFigure(figures[i])) return false;
  return x.figureIds === undefined || isArrayOf(x.figureIds, (id) => typeof id === 'string' && id.length <= 40);
}

function isArrayOf(x: unknown, each: (item: unknown) => boolean): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!each(x[i])) return false;
  return true;
}

const isAnchor = (x: unknown) => isObj(x) && isText(x.exact, 500) && isText(x.prefix, 64) && isText(x.suffix, 64);
const boolOrAbsent = (x: unknown) => x === undefined || typeof x === 'boolean';

/** A figure as the library holds it (the fields the page uses of StoredFigure). */
const isStoredFigure = (x: unknown) => isFigure(x) && typeof (x as Obj).id === 'string' && isAnchor((x as Obj).anchor) &&
  ((x as Obj).origin === 'machine' || (x as Obj).origin === 'manual') && boolOrAbsent((x as Obj).dismissed) &&
  boolOrAbsent((x as Obj).corrected);

/** PortSavedSchema: how a save made with an extraction went, when the page must act on it. */
export function isPortSaved(x: unknown): x is PortSaved {
  if (!isObj(x) || x.notice !== 'saved' || typeof x.url !== 'string') return false;
  const result = x.result;
  if (!isObj(result)) return false;
  if (result.ok === false) return typeof result.error === 'string';
  const data = result.data;
  return result.ok === true && isObj(data) && typeof data.saved === 'boolean' &&
    isArrayOf(data.figureIds, (id) => typeof id === 'string') &&
    (data.decided === undefined || isArrayOf(data.decided, isStoredFigure));
}

/** PageMessageSchema: what the popup and the keyboard commands send to a tab. */
export function isPageMessage(x: unknown): x is PageMessage {
  if (!isObj(x)) return false;
  if (x.type === 'scroll-to-figure') return isIndex(x.index) && textOrAbsent(x.id, 40);
  return x.type === 'next-figure' || x.type === 'previous-figure';
}
