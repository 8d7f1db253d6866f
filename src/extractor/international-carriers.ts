// "Cảng Nha Trang đón 2 chuyến tàu biển quốc tế với hơn 4.100 khách": the visitors an international cruise ship or flight
// brings are international visitors, though "quốc tế" qualifies the carrier, not "khách".

// The carrier, "quốc tế", and the word that hands over its passengers, right before the number (bound words allowed).
const CARRIER_BEFORE = /(?<![\p{L}\p{M}])(?:tàu biển|tàu du lịch|tàu khách|du thuyền|chuyến bay|chuyến tàu biển|chuyến tàu) quốc tế (?:với|chở|chở theo|mang theo|đưa) (?:(?:hơn|gần|khoảng|trên|gần như|xấp xỉ) )?$/u;
const REACH = 64;

/** Whether the visitors counted at `numberStart` came on an international ship or flight named right before them. */
export function broughtFromAbroad(lower: string, numberStart: number, from: number): boolean {
  const window = lower.slice(Math.max(from, numberStart - REACH), numberStart);
  return window.includes('quốc tế') && CARRIER_BEFORE.test(window);
}
