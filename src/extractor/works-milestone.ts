// "tuyến đường ven biển … mới giải ngân 198 tỷ đồng (31,9%) do vướng mặt bằng tại Km 12+500": a road milestone in a
// sentence about works and their money says where the works stand, not where one incident happened (anecdotes.ts
// reads "tại km 12 Quốc lộ 1A, … làm 2 người chết" as one incident).

const WORKS_WORDS = ['giải ngân', 'mặt bằng', 'thi công', 'kế hoạch vốn', 'khối lượng'];
const INCIDENT_WORDS = ['tai nạn', 'va chạm', 'tử vong', 'bị thương', 'chết', 'cháy', 'lật', 'sạt lở', 'giờ'];

/** The lower-cased sentence speaks of works and of no incident or clock time, so its milestone marks a work site. */
export function isWorksMilestoneSentence(sentence: string): boolean {
  return WORKS_WORDS.some((w) => sentence.includes(w)) && !INCIDENT_WORDS.some((w) => sentence.includes(w));
}
