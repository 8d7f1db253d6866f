// "Diện tích cà phê tái canh trong năm đạt 1.250 ha, nâng tổng diện tích tái canh từ năm 2021 đến nay lên 6.840 ha": a
// clause that raises a total ("nâng tổng …", "đưa tổng số …") owns the stretch it names; the figure before it keeps its own.
const MOVE_TOTAL_OPENS = /,\s*(?:nâng|đưa)(?: tổng)?(?!\p{L})(?!\p{M})/u;
const REACH = 160;

/** Whether a clause raising a total opens between a figure ending at `figureEnd` and a period named at `periodStart`. */
export function isMoveTotalBetween(lower: string, figureEnd: number, periodStart: number): boolean {
  return periodStart - figureEnd <= REACH && MOVE_TOTAL_OPENS.test(lower.slice(figureEnd, periodStart));
}
