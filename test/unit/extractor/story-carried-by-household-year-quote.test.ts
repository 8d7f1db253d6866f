// A villager's story goes on past sentences that name nobody: "Nhà bà được xã hỗ trợ …" (the household of the woman
// before), "Năm 2022, ông hiến …" (a year opening the sentence), and a quote said by a bare title and first name
// ("“…”, ông Út cười."). After an official's report the same sentences stay a report.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const villager = 'Bà Phạm Thị Lệ, 72 tuổi, ở thôn An Phú, xã Nghĩa Hà, kể nước lên rất nhanh trong đêm. ';
const farmer = 'Ông Trần Văn Út, 61 tuổi, ở ấp Vĩnh Lạc, là một trong những người đi đầu hiến đất. ';

describe('a story carried on by a household, a fronted year or a quote', () => {
  it('"Nhà bà được xã hỗ trợ 5 triệu đồng" after a villager is her story', () => {
    expectNoFigureAt(villager + 'Nhà bà được xã hỗ trợ 5 triệu đồng và 20 kg gạo để sửa mái tôn.', '5 triệu');
  });

  it('"Năm 2022, ông hiến 300 m2 đất" after a villager is his story', () => {
    expectNoFigureAt(farmer + 'Năm 2022, ông hiến 300 m2 đất vườn để mở rộng con đường dài 1,2 km.', '300 m2');
  });

  it('a quote said by "ông Út" carries the story to the family sentence after it', () => {
    const text = farmer + '“Đường rộng thì con cháu đi học thuận lợi”, ông Út cười. Gia đình ông hiện nuôi 2 ao tôm, mỗi năm lãi hơn 200 triệu đồng.';
    expectNoFigureAt(text, '200 triệu');
  });

  it('after an official\'s report the same openings keep their figures', () => {
    const report = 'Chủ tịch UBND huyện Nguyễn Văn Hùng cho biết huyện có 412 nhà bị ngập. ';
    expect(figureAt(report + 'Năm 2024, huyện hỗ trợ 2,5 tỷ đồng cho các hộ bị thiệt hại.', '2,5 tỷ').value).toBe(2_500_000_000);
    const quoted = report + '“Chúng tôi đã sửa xong các điểm trường”, ông Hùng nói. Huyện đã cấp 300 tấn gạo cho người dân.';
    expect(figureAt(quoted, '300 tấn').value).toBe(300);
  });
});
