// "Tôi nhớ có hộ ở xã Nghĩa Sơn mất trắng 2 sào rau, hơn 15 triệu đồng tiền vốn", "Tôi còn nhớ hồi năm 2020, có tuần
// cả khách sạn 200 phòng của một người bạn chỉ đón 3 khách": an interviewee who recalls one household, one hotel, one
// week tells a story inside an answer that otherwise reports. (A whole place as the recalled subject, "Tôi nhớ năm 2015
// toàn tỉnh chỉ có 20 xã đạt chuẩn", still reports.)

// Read on the sentence's opening only: the speaker's "tôi", then the verb of memory.
const MEMORY_HEAD = /^[\s"“(–-]*(?:(?:hồi đó|khi ấy|trước đây|ngày trước),?\s+)?tôi (?:vẫn |còn |từng |đã )*(?:nhớ|nhớ lại|nhớ mãi)(?!\p{L})(?!\p{M})/u;

// A whole place or sector recalled is a statistic of its time.
const WHOLE = /(?<![\p{L}\p{M}])(?:(?:toàn|cả) (?:xã|phường|huyện|thị xã|thành phố|tỉnh|nước|ngành)|toàn quốc)(?!\p{L})(?!\p{M})/u;

/** The sentence (lower case) opens on the speaker recalling one case ("Tôi còn nhớ …"), not a whole place. */
export function opensOnMemory(sentence: string): boolean {
  return sentence.slice(0, 60).includes('nhớ') && MEMORY_HEAD.test(sentence.slice(0, 60)) && !WHOLE.test(sentence);
}
