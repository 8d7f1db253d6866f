// "Thu ngân sách nhà nước trên địa bàn tính đến hết tháng 11 đạt 15.120 tỷ đồng, bằng 91,5% dự toán năm", "Giải ngân vốn
// đầu tư công đến hết tháng 9/2024 đạt …": a sentence that opens on a flow (revenue, disbursement, trade), then names the
// month's end it runs to, sums the flow from January, as one opening "Tính đến hết tháng 11, thu ngân sách …" does
// (flow-named-then-month-end). Its figures up to the next ";" are the months elapsed; stocks are left to the caller.
const FLOW_NAMED_THEN_MONTH_END = /^[\s\-–•+]*(?:tổng )?(?:giải ngân|thu ngân sách|tổng thu|thu nội địa|kim ngạch)(?!\p{L})(?!\p{M})[^,;.:\d\n]{0,60}?(?:tính )?(?:đến|tới) (?:hết|cuối) tháng (\d{1,2})(?:[/-](?:19|20)\d\d| năm nay)?(?![\d/-])[^;]*$/u;

// The figure stands within a bounded reach of its sentence's opening, so an endless sentence costs no more per figure.
const REACH = 240;

/** The sentence head (its start to the figure) names a flow, then the end of `month` it runs to. */
export function flowNamedThenMonthEnd(sentenceHead: string, month: number): boolean {
  if (sentenceHead.length > REACH) return false;
  const m = FLOW_NAMED_THEN_MONTH_END.exec(sentenceHead);
  return m !== null && Number(m[1]) === month;
}
