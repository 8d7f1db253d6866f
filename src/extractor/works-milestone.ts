// "tuyến đường ven biển … mới giải ngân 198 tỷ đồng (31,9%) do vướng mặt bằng tại Km 12+500": a road milestone in a
// sentence about works and their money says where the works stand, not where one incident happened (anecdotes.ts
// reads "tại km 12 Quốc lộ 1A, … làm 2 người chết" as one incident).

// ("còn 14 hộ … chưa nhận tiền bồi thường, ảnh hưởng tiến độ đoạn từ Km 3+200 đến Km 4+100", "Riêng gói thầu XL2 (từ Km 9
// đến Km 15+600) đã hoàn thành 100% cống hộp": a clearance's compensation, a works' progress and its contract package
// place the works too.)
const WORKS_WORDS = ['giải ngân', 'mặt bằng', 'thi công', 'kế hoạch vốn', 'khối lượng', 'bồi thường', 'tiến độ', 'gói thầu'];
const INCIDENT_WORDS = ['tai nạn', 'va chạm', 'tử vong', 'bị thương', 'chết', 'cháy', 'lật', 'sạt lở', 'giờ'];

/** The lower-cased sentence speaks of works and of no incident or clock time, so its milestone marks a work site. */
export function isWorksMilestoneSentence(sentence: string): boolean {
  return WORKS_WORDS.some((w) => sentence.includes(w)) && !INCIDENT_WORDS.some((w) => sentence.includes(w));
}
