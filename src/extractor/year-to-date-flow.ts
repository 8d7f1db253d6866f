// "Từ đầu năm, các cơ quan … tiếp nhận 1.284.560 hồ sơ" in a report counted "đến hết tháng 10/2026": a flow summed from
// January is the months elapsed (2026-10M), not the cut-off month a stock stands at (2026-M10).
import { flowNamedThenMonthEnd } from './flow-named-then-month-end.ts';
import { PAPER_CREDIT } from './paper-credit.ts';
import { COUNTED_FLOWS } from './counted-flow-to-month-end.ts';

const MONTH = /^(\d{4})-M(\d\d)$/;
// The sentence opens on the count from January; "riêng tuần 32 có 41 ca" later in it is a part of its own.
const OPENS_FROM_JANUARY = /^[\s\-–•+]*(?:tính |lũy kế |luỹ kế |cộng dồn )?từ đầu năm(?!\p{L})(?!\p{M})/u;

// "Thu ngân sách tháng 10 ước đạt 520 tỷ đồng, lũy kế ước 5.120 tỷ đồng, tăng 8,6%": the running total after a month's
// figure is the months so far. The cue, then only words of estimate or attainment before the figure, or before the
// total whose change or attainment the figure is ("lũy kế ước 29.520 tỷ đồng (đạt 91,28% kế hoạch, tăng 48,64% …").
// Not under a cut-off date nor of a stock: "Đến hết tháng 6, … lũy kế có 1.190 dự án FDI còn hiệu lực" counts since the
// first project ("lũy kế đến nay" likewise), not the months so far.
const CUMULATIVE = /(?:lũy kế|luỹ kế|cộng dồn)(?: từ đầu năm)?(?: (?:ước|ước đạt|ước tính|ước thực hiện|đạt|thực hiện|được|là|có))*\s*(?:[\d.,]+ [^\d,;:()]{1,30}(?:,\s*|\s*\(\s*)(?:(?:đạt|tăng|giảm|bằng) [\d.,]+\s*%[^\d,;()]{0,30},\s*)?(?:đạt|tăng|giảm|bằng)\s*)?$/u;

const CUT_OFF = /(?:đến|tới) (?:hết |cuối )?(?:ngày|tháng|nay)|tính đến/u;

// "Đến hết tháng 10, toàn tỉnh giải ngân 9.447 tỷ đồng, đạt 64,6% kế hoạch", "Đến cuối tháng 10, toàn tỉnh đã thu hoạch
// 41.200 ha lúa": a sentence that opens on the end of a month and then disburses, harvests or sows sums a flow from
// January, so its figures after the verb are the months elapsed; a stock counted there stays at the month.
// (A lead may open on its paper's credit: "(DRT) - Tính đến hết tháng 9/2023, tổng thu ngân sách …", bare too: "ĐBP - Theo Sở
// Tài chính, tính đến hết tháng 5/2022, tổng thu …" — credit-before-month-end.)
// Land-use fees ("thu tiền sử dụng đất", "thu tiền thuê đất") are revenue summed from January like the rest of the budget.
// Trade is summed from January too ("Tính đến hết tháng 10 năm nay, kim ngạch xuất khẩu của tỉnh đạt 39 tỷ USD"), and
// the opening may come after its source ("Theo thống kê sơ bộ từ Cục Hải quan, tính đến hết tháng 10 năm nay, …").
// A connective before it says nothing of the count ("Vì vậy, tính đến hết tháng 10/2024, tổng số vốn đầu tư công đã giải
// ngân đạt …", "Nhờ vậy, đến hết tháng 11, giải ngân …": connective-before-month-end).
const OPENS_AT_MONTH_END = new RegExp(String.raw`^[\s\-–•+]*(?:${PAPER_CREDIT})?(?:(?:vì vậy|vì thế|nhờ vậy|nhờ đó|do đó|do vậy|qua đó|theo đó|như vậy|kết quả),\s*)?(?:theo [^,.;:\n]{1,90}, )?(?:tính )?(?:đến|tới) (?:hết|cuối) tháng (\d{1,2})(?:[/-](?:19|20)\d\d| năm nay| năm (?:19|20)\d\d)?,`, 'u');
// Visitors are summed from January too ("Đến hết tháng 11, tổng lượt khách du lịch về tỉnh đạt hơn 11,8 triệu lượt",
// "Đến hết tháng 11, Lâm Đồng đã đón 9,2 triệu lượt"): visitors-to-month-end.
const FLOW_VERB = /(?<![\p{L}\p{M}])(?:giải ngân|thu hoạch|gieo trồng|gieo cấy|gieo sạ|xuống giống|thu ngân sách|tổng thu|thu nội địa|thu tiền sử dụng đất|thu tiền thuê đất|kim ngạch|đón|lượt khách|khách du lịch|doanh thu du lịch)(?!\p{L})(?!\p{M})/u;

/** The months-elapsed period for a figure dated to a month whose sentence opens its count "Từ đầu năm" or on the
 *  month's end before a flow verb, or that is a running total ("lũy kế") of its clause; else undefined. */
export function monthsSinceJanuary(period: string | undefined, lower: string, sentenceStart: number, numberStart: number, stock = false, indicator?: string): string | undefined {
  const m = period ? MONTH.exec(period) : null;
  if (!m) return undefined;
  const head = lower.slice(sentenceStart, numberStart);
  if (!stock && underCutOffFrame(lower, sentenceStart, numberStart, Number(m[2]), indicator)) return elapsed(m[1]!, Number(m[2]));
  const running = !stock && CUMULATIVE.test(head.slice(-70)) && !CUT_OFF.test(head);
  const flowToMonthEnd = !stock && (flowOpensAtMonthEnd(head, Number(m[2])) || detailsFlowBefore(lower, sentenceStart, head, Number(m[2])) ||
    flowNamedThenMonthEnd(head, Number(m[2])) || (indicator !== undefined && COUNTED_FLOWS.has(indicator) && opensAtMonthEnd(head, Number(m[2]))));
  if (!running && !flowToMonthEnd && (!opensFromJanuary(head) || head.includes('riêng '))) return undefined;
  return elapsed(m[1]!, Number(m[2]));
}

// "…; phấn đấu đến hết tháng 6, thu ngân sách đạt trên 55% dự toán": an aim for a flow summed to a month's end, in a
// clause of its own that opens on the aim.
const AIM_OPENS = /^[\s\-–•+]*(?:[\p{L}\p{M}]+ ){0,2}phấn đấu /u;

/** The months-elapsed period for a target dated to a month whose clause aims at a flow summed to that month's end
 *  (aimed-flow-to-month-end); else undefined. */
export function aimedMonthsSinceJanuary(period: string | undefined, lower: string, sentenceStart: number, numberStart: number): string | undefined {
  const m = period ? MONTH.exec(period) : null;
  if (!m) return undefined;
  const head = lower.slice(sentenceStart, numberStart);
  const clause = head.slice(head.lastIndexOf(';') + 1);
  const aim = AIM_OPENS.exec(clause);
  if (aim !== null) return flowOpensAtMonthEnd(clause.slice(aim[0].length), Number(m[2])) ? elapsed(m[1]!, Number(m[2])) : undefined;
  const flow = FLOW_THEN_MONTH_END.exec(clause);
  return flow !== null && Number(flow[1]) === Number(m[2]) && AIMED_SENTENCE.test(head) ? elapsed(m[1]!, Number(m[2])) : undefined;
}

// "Quý II, huyện phấn đấu …; giải ngân vốn đầu tư công đến cuối tháng 6 đạt ít nhất 40% kế hoạch": a later clause of an
// aiming sentence that names the flow, then the month's end it runs to, aims at the months elapsed too
// (aimed-flow-to-month-ahead).
const FLOW_THEN_MONTH_END = /^[\s\-–•+]*(?:giải ngân|thu ngân sách|tổng thu|thu nội địa)(?!\p{L})(?!\p{M})[^,;.\d]{0,40}?(?:đến|tới) (?:hết|cuối) tháng (\d{1,2})(?![\d/-])/u;
const AIMED_SENTENCE = /(?<![\p{L}\p{M}])phấn đấu(?!\p{L})(?!\p{M})/u;

function elapsed(year: string, months: number): string {
  const part = months === 1 ? '-M01' : months === 3 ? '-Q1' : months === 6 ? '-H1' : months === 12 ? '' : `-${months}M`;
  return `${year}${part}`;
}

// "Đại diện Sở Y tế thông tin: từ đầu năm đến nay, toàn tỉnh ghi nhận 1.126 ca": the words reported after a colon open
// their own count.
function opensFromJanuary(head: string): boolean {
  const colon = head.lastIndexOf(': ');
  return OPENS_FROM_JANUARY.test(head) || (colon >= 0 && OPENS_FROM_JANUARY.test(head.slice(colon + 1)));
}

function opensAtMonthEnd(sentenceHead: string, month: number): boolean {
  const opening = OPENS_AT_MONTH_END.exec(sentenceHead);
  return opening !== null && Number(opening[1]) === month;
}

function flowOpensAtMonthEnd(sentenceHead: string, month: number): boolean {
  const opening = OPENS_AT_MONTH_END.exec(sentenceHead);
  // The verb follows the opening closely ("Đến hết tháng 10, toàn tỉnh đã giải ngân …"): a bounded look.
  return opening !== null && Number(opening[1]) === month && FLOW_VERB.test(sentenceHead.slice(opening[0].length, opening[0].length + VERB_REACH));
}

// "Đến hết tháng 10, toàn tỉnh giải ngân 9.447 tỷ đồng, đạt 64,6% kế hoạch. Trong đó, vốn ngân sách địa phương giải
// ngân đạt 71,2%": a "Trong đó," sentence that goes on disbursing details the flow of the sentence before it.
const DETAIL_OPENS = /^[\s\-–•+]*trong đó,/u;
const PREVIOUS_SENTENCE_REACH = 400;
const VERB_REACH = 120;

function detailsFlowBefore(lower: string, sentenceStart: number, head: string, month: number): boolean {
  if (!DETAIL_OPENS.test(head) || !FLOW_VERB.test(head.slice(0, VERB_REACH))) return false;
  const before = lower.slice(Math.max(0, sentenceStart - PREVIOUS_SENTENCE_REACH), sentenceStart).replace(/\s+$/u, '');
  const end = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('\n'));
  return end >= 0 && flowOpensAtMonthEnd(before.slice(end + 1), month);
}

// "Tính đến hết tháng 4/2025, tổng thu ngân sách … đạt 2.684 tỷ đồng." then a later paragraph "Thu ngân sách địa phương
// đạt 6.551 tỷ đồng, tăng 32,8% so với cùng kỳ": a report framed by a month's end sums its budget, disbursement and
// trade flows from January as its lead does, though the later sentence names no month (flow-under-cut-off-frame).
// A stock there stands at the month; a sentence naming a month of its own keeps it.
const SUMMED_FROM_JANUARY = new Set(['budget_revenue', 'budget_expenditure', 'public_investment_disbursement', 'export_value', 'import_value', 'retail_sales',
  'tourist_arrivals', 'international_tourist_arrivals', 'tourism_revenue']);
const FRAME_CUT_OFF = /(?:đến|tới) (?:hết|cuối) tháng (\d{1,2})(?!\d|[.,]\d)/gu;
const FRAME_REACH = 3000;
// How far before the figure its own sentence may name a month (bounded: a text may be one endless sentence).
const OWN_MONTH_REACH = 400;

function underCutOffFrame(lower: string, sentenceStart: number, numberStart: number, month: number, indicator: string | undefined): boolean {
  if (indicator === undefined || !SUMMED_FROM_JANUARY.has(indicator) || lower.slice(Math.max(sentenceStart, numberStart - OWN_MONTH_REACH), numberStart).includes('tháng')) return false;
  const from = Math.max(0, sentenceStart - FRAME_REACH);
  const at = lower.lastIndexOf(' tháng ', sentenceStart);
  if (at < from) return false;
  let last: number | undefined;
  for (const m of lower.slice(from, sentenceStart).matchAll(FRAME_CUT_OFF)) last = Number(m[1]);
  return last === month;
}
