// A page about a provincial water, power, port or transport company ("Năm 2022, Công ty CP Cấp nước Thừa Thiên Huế …;
// hiện công ty quản lý 14 nhà máy nước …, phục vụ 262.500 khách hàng") reports the service of a whole place, not one
// producer's own business: the company's name says it runs that service. Its bare "công ty" stays a reporting subject.
import { UTILITY_NAME_WORDS } from './vocabulary/producers.ts';
import { alternation } from './vocabulary/regexp.ts';

// The name runs from the noun up to its first comma, bracket or sentence mark; a name is short.
const NAME_SPAN = 60;
const UTILITY_IN_NAME = new RegExp(String.raw`^[^,;:.()\n]*?(?<![\p{L}\p{M}])${alternation(UTILITY_NAME_WORDS)}(?!\p{L})(?!\p{M})`, 'u');

/** The name that starts at `nameStart` (right after "công ty", "hợp tác xã") is of a company running a public service. */
export function runsUtility(lower: string, nameStart: number): boolean {
  return UTILITY_IN_NAME.test(lower.slice(nameStart, nameStart + NAME_SPAN));
}
