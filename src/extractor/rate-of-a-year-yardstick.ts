// "ước đạt 9,2%, cao hơn mức tăng của năm 2024 (8,4%)", "tăng 6,1%, thấp hơn tốc độ tăng trưởng của năm 2023": a
// comparative sets a result against the rate or level of another year. That year is a yardstick, like the year after
// "so với" or a bare "hơn": it dates no figure after it (rate-of-a-year-yardstick).
const RATE_OF_A_YEAR_BEFORE = /(?<![\p{L}\p{M}])hơn (?:so với )?(?:mức|tốc độ)(?: tăng(?: trưởng)?| tăng bình quân| bình quân| chung)?(?: chung)?(?: của)?(?: cùng kỳ)? (?:năm )?$/u;
// (The few words between "hơn" and the year, with room for "cao hơn nhiều so với mức tăng trưởng chung của năm".)
const REACH = 48;

/** Whether the year at `start` is the year whose rate a comparative before it measures a result against. */
export function isRateOfAYearYardstick(lower: string, start: number): boolean {
  const window = lower.slice(Math.max(0, start - REACH), start);
  return window.includes('hơn ') && RATE_OF_A_YEAR_BEFORE.test(window);
}
