// "số thuê bao 5G đạt 312.000, gấp 2,6 lần cuối năm 2025", "dư nợ gấp 1,4 lần thời điểm cuối năm 2024": a multiple of the
// stock at a year's end, named right after it without "so với", is measured against that year, as "tăng 410 trạm so với
// cuối năm 2025" is (meaning.ts reads that form after "so với").
import type { Base } from './figure.ts';

const YEAR_END_RIGHT_AFTER = /^ (?:so (?:với )?)?(?:thời điểm )?cuối năm ((?:19|20)\d\d)(?!\d)/u;

/** The year whose end a multiple is measured against, named right after it. */
export function multipleOfYearEnd(after: string): Base | undefined {
  return YEAR_END_RIGHT_AFTER.exec(after)?.[1] as Base | undefined;
}
