// "Từ đầu năm, các cơ quan … tiếp nhận 1.284.560 hồ sơ" in a report counted "đến hết tháng 10/2026": a flow summed from
// January is the months elapsed (2026-10M), not the cut-off month a stock stands at (2026-M10).

const MONTH = /^(\d{4})-M(\d\d)$/;
// The sentence opens on the count from January; "riêng tuần 32 có 41 ca" later in it is a part of its own.
const OPENS_FROM_JANUARY = /^[\s\-–•+]*(?:tính |lũy kế |luỹ kế |cộng dồn )?từ đầu năm(?![\p{L}\p{M}])/u;

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
const OPENS_AT_MONTH_END = /^[\s\-–•+]*(?:tính )?(?:đến|tới) (?:hết|cuối) tháng (\d{1,2})(?:[/-](?:19|20)\d\d)?,/u;
const FLOW_VERB = /(?<![\p{L}\p{M}])(?:giải ngân|thu hoạch|gieo trồng|gieo cấy|gieo sạ|xuống giống)(?![\p{L}\p{M}])/u;

/** The months-elapsed period for a figure dated to a month whose sentence opens its count "Từ đầu năm" or on the
 *  month's end before a flow verb, or that is a running total ("lũy kế") of its clause; else undefined. */
export function monthsSinceJanuary(period: string | undefined, lower: string, sentenceStart: number, numberStart: number, stock = false): string | undefined {
  const m = period ? MONTH.exec(period) : null;
  if (!m) return undefined;
  const head = lower.slice(sentenceStart, numberStart);
  const running = !stock && CUMULATIVE.test(head.slice(-70)) && !CUT_OFF.test(head);
  const monthEnd = stock ? null : OPENS_AT_MONTH_END.exec(head);
  const flowToMonthEnd = monthEnd !== null && Number(monthEnd[1]) === Number(m[2]) && FLOW_VERB.test(head.slice(monthEnd[0].length));
  if (!running && !flowToMonthEnd && (!OPENS_FROM_JANUARY.test(head) || head.includes('riêng '))) return undefined;
  const months = Number(m[2]);
  const part = months === 1 ? '-M01' : months === 3 ? '-Q1' : months === 6 ? '-H1' : months === 12 ? '' : `-${months}M`;
  return `${m[1]}${part}`;
}
