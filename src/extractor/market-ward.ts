// "Tại chợ Biên Hòa (phường Trấn Biên), gạo thường có giá …; rau xanh tăng 10 - 15% …", "Khảo sát tại chợ Tam Bạc (phường
// Hồng Bàng) sáng 15/1, giá thịt lợn …; gà ta …": a ward or commune named in brackets after the market a sentence opens
// on is the setting of the whole sentence, as "Tại xã Mỹ Xương, …" is (market-ward-opening).
const MARKET_WARD_OPENING = /^[\s"“(–-]*(?:khảo sát\s+)?(?:tại|ở)\s+(?:các\s+)?chợ\s+[^(),.;:!?\d\n]{1,36}\s\((?:(?:xã|phường|thị trấn|đặc khu)\s+)?$/u;
const REACH = 72;

/** The place at `start` stands in the bracket after the market its sentence (from `sentenceStart`) opens on. */
export function opensOnMarketWard(lower: string, sentenceStart: number, start: number): boolean {
  // (A bracket between the sentence's start and the place is looked for first: most places have none.)
  return start - sentenceStart <= REACH && lower.slice(sentenceStart, start).includes('(') && MARKET_WARD_OPENING.test(lower.slice(sentenceStart, start));
}
