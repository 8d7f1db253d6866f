import { FISHING_SEASONS } from './vocabulary/fishing-seasons.ts';

// "Ngay sau thu hoạch lúa Đông Xuân 2023 - 2024, … Kế hoạch vụ Hè Thu năm nay, toàn tỉnh gieo sạ 228.000 ha": "vụ … năm
// nay" is the season the text already dated only when that mention names the same season; a crop year written for
// another season ("vụ Đông Xuân 2023 - 2024") is not this year's Hè Thu (season-this-year).
const SEASON_NAMES = `đông xuân|đông - xuân|hè thu|hè - thu|thu đông|xuân hè|chiêm xuân|mùa|${FISHING_SEASONS}`;
const NAMED_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])vụ (?:lúa )?(${SEASON_NAMES}) $`, 'u');
const ANY_SEASON = new RegExp(`(?<![\\p{L}\\p{M}])(?:${SEASON_NAMES})(?!\\p{L})(?!\\p{M})`, 'u');
const NAME_REACH = 24;
const MENTION_REACH = 48;

/** Whether a dated mention (its text `mentioned`) can stand for "vụ … năm nay" whose words before "năm nay" are `before`:
 * not when it names another season than the one named there. */
export function namesSameSeason(before: string, mentioned: string): boolean {
  const named = NAMED_BEFORE.exec(before.slice(-NAME_REACH))?.[1];
  if (named === undefined) return true;
  const text = mentioned.slice(0, MENTION_REACH);
  return text.includes(named) || !ANY_SEASON.test(text);
}
