// Context of a figure: the indicator it measures, the locality it belongs to, the period it covers.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });

describe('indicator from the lexicon', () => {
  run([
    ['a name inside "của …" says whose, the head noun before it is measured',
      'Kim ngạch xuất khẩu 7 tháng của doanh nghiệp FDI ước đạt 29,4 tỷ USD.', '29,4', { value: 29.4e9, indicator: 'export_value' }],
    ['thu ngân sách → budget_revenue', 'Thu ngân sách đạt 1.400 tỉ đồng.', '1.400', { value: 1.4e12, indicator: 'budget_revenue' }],
    ['tổng thu ngân sách nhà nước trên địa bàn → budget_revenue', 'Tổng thu ngân sách nhà nước trên địa bàn ước đạt 3.210 tỷ đồng.', '3.210', { value: 3.21e12, indicator: 'budget_revenue' }],
    ['chi ngân sách → budget_expenditure', 'Tổng chi ngân sách 640,706 tỷ đồng.', '640,706', { value: 640.706e9, indicator: 'budget_expenditure' }],
    ['tốc độ tăng trưởng GRDP → grdp_growth', 'Tốc độ tăng trưởng GRDP ước đạt 5,12%.', '5,12', { value: 5.12, indicator: 'grdp_growth' }],
    ['tăng trưởng kinh tế (GRDP) → grdp_growth', 'Tăng trưởng kinh tế (GRDP) đạt 6,32%.', '6,32', { value: 6.32, indicator: 'grdp_growth' }],
    ['quy mô nền kinh tế → grdp', 'Quy mô nền kinh tế đạt 76.180 tỷ đồng.', '76.180', { value: 76.18e12, indicator: 'grdp' }],
    ['GRDP bình quân đầu người → grdp_per_capita', 'GRDP bình quân đầu người đạt 75,5 triệu đồng/người/năm.', '75,5', { value: 75.5e6, indicator: 'grdp_per_capita' }],
    ['thu nhập bình quân đầu người → income_per_capita', 'Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm.', '72', { value: 72e6, indicator: 'income_per_capita' }],
    ['tổng mức bán lẻ → retail_sales', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 32.450 tỷ đồng.', '32.450', { value: 32.45e12, indicator: 'retail_sales' }],
    ['kim ngạch xuất khẩu → export_value', 'Kim ngạch xuất khẩu ước đạt 780 triệu USD.', '780', { value: 780e6, indicator: 'export_value' }],
    ['kim ngạch nhập khẩu → import_value', 'Kim ngạch nhập khẩu đạt 305 triệu USD.', '305', { value: 305e6, indicator: 'import_value' }],
    ['vốn đầu tư toàn xã hội → social_investment', 'Tổng vốn đầu tư toàn xã hội ước đạt 42.500 tỷ đồng.', '42.500', { value: 42.5e12, indicator: 'social_investment' }],
    ['giải ngân vốn đầu tư công → public_investment_disbursement', 'Tỷ lệ giải ngân vốn đầu tư công đạt 41,2%.', '41,2', { value: 41.2, indicator: 'public_investment_disbursement' }],
    ['vốn FDI → fdi', 'Vốn đầu tư trực tiếp nước ngoài (FDI) thực hiện đạt 23,18 tỷ USD.', '23,18', { value: 23.18e9, indicator: 'fdi' }],
    ['doanh nghiệp thành lập mới → new_enterprises', 'Toàn tỉnh có 285 doanh nghiệp thành lập mới.', '285', { value: 285, indicator: 'new_enterprises' }],
    ['lượt khách du lịch → tourist_arrivals', 'Tỉnh đón 1,25 triệu lượt khách du lịch.', '1,25', { value: 1.25e6, indicator: 'tourist_arrivals' }],
    ['khách quốc tế → international_tourist_arrivals', 'Khách quốc tế đến tỉnh đạt 109.300 lượt.', '109.300', { value: 109_300, indicator: 'international_tourist_arrivals' }],
    ['tổng thu từ du lịch → tourism_revenue', 'Tổng thu từ du lịch đạt 1.050 tỷ đồng.', '1.050', { value: 1.05e12, indicator: 'tourism_revenue' }],
    ['chỉ số giá tiêu dùng → cpi', 'Chỉ số giá tiêu dùng (CPI) bình quân tăng 3,85% so với cùng kỳ.', '3,85', { value: 3.85, indicator: 'cpi' }],
    ['IIP → industrial_production_index', 'Chỉ số sản xuất công nghiệp (IIP) tăng 8,12%.', '8,12', { value: 8.12, indicator: 'industrial_production_index' }],
    ['tỷ lệ hộ nghèo → poverty_rate', 'Tỷ lệ hộ nghèo giảm còn 0,69%.', '0,69', { value: 0.69, indicator: 'poverty_rate' }],
    ['tỷ lệ hộ cận nghèo → near_poverty_rate, not poverty_rate', 'Tỷ lệ hộ cận nghèo còn 3,14%.', '3,14', { value: 3.14, indicator: 'near_poverty_rate' }],
    ['hộ thoát nghèo → households_out_of_poverty', 'Trong năm có 20 hộ thoát nghèo.', '20', { value: 20, indicator: 'households_out_of_poverty' }],
    ['bảo hiểm y tế → health_insurance_coverage', 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97,5%.', '97,5', { value: 97.5, indicator: 'health_insurance_coverage' }],
    ['BHYT abbreviation → health_insurance_coverage', 'Tỷ lệ người dân tham gia BHYT đạt 92,6%.', '92,6', { value: 92.6, indicator: 'health_insurance_coverage' }],
    ['bảo hiểm xã hội → social_insurance_coverage', 'Tỷ lệ lao động tham gia bảo hiểm xã hội đạt 20,8%.', '20,8', { value: 20.8, indicator: 'social_insurance_coverage' }],
    ['giải quyết việc làm → jobs_created', 'Giải quyết việc làm cho 870 lao động.', '870', { value: 870, indicator: 'jobs_created' }],
    ['xuất khẩu before lao động → labour_export, not export_value', 'Xuất khẩu 28 lao động.', '28', { value: 28, indicator: 'labour_export' }],
    ['lao động qua đào tạo → trained_labour_rate', 'Tỷ lệ lao động qua đào tạo đạt 72%.', '72', { value: 72, indicator: 'trained_labour_rate' }],
    ['xã đạt chuẩn nông thôn mới → new_rural_communes', 'Huyện có 15/17 xã đạt chuẩn nông thôn mới.', '15/17', { value: 15, indicator: 'new_rural_communes' }],
    ['nông thôn mới nâng cao → new_rural_communes_advanced', 'Có 42 xã đạt chuẩn nông thôn mới nâng cao.', '42', { value: 42, indicator: 'new_rural_communes_advanced' }],
    ['nông thôn mới kiểu mẫu → new_rural_communes_model', 'Có 7 xã nông thôn mới kiểu mẫu.', '7', { value: 7, indicator: 'new_rural_communes_model' }],
    ['kết nạp đảng viên mới → new_party_members', 'Toàn Đảng bộ kết nạp 215 đảng viên mới.', '215', { value: 215, indicator: 'new_party_members' }],
    ['chỉ tiêu Nghị quyết → resolution_targets', 'Có 34/43 chỉ tiêu Nghị quyết đạt và vượt.', '34/43', { value: 34, indicator: 'resolution_targets' }],
    ['tai nạn giao thông … vụ → traffic_accidents', 'Tai nạn giao thông xảy ra 97 vụ.', '97', { value: 97, indicator: 'traffic_accidents' }],
    ['làm chết … người → traffic_deaths', 'Tai nạn giao thông làm chết 81 người.', '81', { value: 81, indicator: 'traffic_deaths' }],
    ['tỷ lệ che phủ rừng → forest_cover', 'Tỷ lệ che phủ rừng đạt 26,1%.', '26,1', { value: 26.1, indicator: 'forest_cover' }],
    ['sản lượng lúa → rice_output', 'Sản lượng lúa ước đạt 172.800 tấn.', '172.800', { value: 172_800, indicator: 'rice_output' }],
    ['sản lượng thủy sản → aquaculture_output', 'Sản lượng thủy sản ước đạt 310.500 tấn.', '310.500', { value: 310_500, indicator: 'aquaculture_output' }],
    ['bác sĩ/vạn dân → doctors_per_10k', 'Toàn tỉnh có 8,6 bác sĩ/vạn dân.', '8,6', { value: 8.6, indicator: 'doctors_per_10k' }],
    ['an unnamed quantity has no indicator', 'Đảng viên vi phạm bị thi hành kỷ luật tăng cao 146% so với cùng kỳ.', '146', { value: 146, indicator: undefined }],
  ]);
});

describe('locality', () => {
  run([
    ['huyện named in the sentence', 'Năm 2023, huyện Đức Hòa thu ngân sách 1.652 tỉ đồng.', '1.652', { value: 1.652e12, locality: 'huyện Đức Hòa' }],
    ['tỉnh named in the sentence', 'Năm 2023, tỉnh Tiền Giang thu ngân sách 10.216 tỷ đồng.', '10.216', { value: 10.216e12, locality: 'tỉnh Tiền Giang' }],
    ['xã named in the sentence', 'Xã Mỹ Hạnh Nam đạt 19/19 tiêu chí.', '19/19', { value: 19, locality: 'xã Mỹ Hạnh Nam' }],
    ['thị xã spelled out', 'Năm 2022, thị xã Kiến Tường thực hiện đạt và vượt 14/14 chỉ tiêu NQ.', '14/14', { value: 14, locality: 'thị xã Kiến Tường' }],
    ['TP. is spelled out as thành phố', 'TP. Bến Tre thu ngân sách đạt 620 tỷ đồng.', '620', { value: 620e9, locality: 'thành phố Bến Tre' }],
    ['TX. is spelled out as thị xã', 'TX. Cai Lậy thu ngân sách 186 tỷ đồng.', '186', { value: 186e9, locality: 'thị xã Cai Lậy' }],
    ['Tp. with a lowercase p is thành phố', 'Tp. Mỹ Tho có 5 xã đạt chuẩn nông thôn mới nâng cao.', '5', { value: 5, locality: 'thành phố Mỹ Tho' }],
    ['carried forward from the previous sentence', 'Huyện Cần Đước chú trọng phát triển kinh tế. Thu ngân sách đạt 900 tỷ đồng.', '900', { value: 900e9, locality: 'huyện Cần Đước' }],
    ['a later locality takes over', 'Huyện Đức Hòa đạt và vượt 18/18 chỉ tiêu. Huyện Cần Đước đạt và vượt 28/28 chỉ tiêu.', '28/28', { value: 28, locality: 'huyện Cần Đước' }],
    ['carried from the headline into the body', 'Đảng bộ TX. Cai Lậy: Quyết tâm thực hiện thắng lợi các chỉ tiêu\n\nThu ngân sách tăng 30,43% so với năm 2022.', '30,43', { value: 30.43, locality: 'thị xã Cai Lậy' }],
    ['the caller’s locality when the text names none', 'Thu ngân sách đạt 1.400 tỉ đồng.', '1.400', { value: 1.4e12, locality: 'tỉnh Bến Tre' }, { locality: 'tỉnh Bến Tre' }],
    ['a text mention overrides the caller’s locality', 'Huyện Ba Tri có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.', '2 xã', { value: 2, locality: 'huyện Ba Tri' }, { locality: 'tỉnh Bến Tre' }],
    ['cả nước for national figures', 'Cả nước có 159,8 nghìn doanh nghiệp thành lập mới.', '159,8', { value: 159_800, locality: 'cả nước' }],
    ['"toàn tỉnh" in a new paragraph returns to the province', 'Tỉnh Long An thu ngân sách 11.420 tỷ đồng. Riêng TP. Tân An, tỷ lệ hộ nghèo còn 0,12%.\n\nVề xã hội, toàn tỉnh giải quyết việc làm cho 28.600 lao động.', '28.600', { value: 28_600, locality: 'tỉnh Long An' }],
    ['a district named inside a list does not own the count', 'Tỉnh Trà Vinh có 85/85 xã đạt chuẩn nông thôn mới; TX. Duyên Hải và 6 huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.', '6 huyện', { value: 6, locality: 'tỉnh Trà Vinh' }],
  ]);
});

describe('period', () => {
  const pub = (published: string) => ({ published });
  run([
    ['6 tháng đầu năm 2023 → 2023-H1', '6 tháng đầu năm 2023, tăng trưởng GRDP ước đạt 3,4%.', '3,4', { value: 3.4, period: '2023-H1' }],
    ['6 tháng cuối năm 2023 → 2023-H2', '6 tháng cuối năm 2023, thu ngân sách đạt 2.100 tỷ đồng.', '2.100', { value: 2.1e12, period: '2023-H2' }],
    ['quý I/2024 → 2024-Q1', 'GRDP quý I/2024 tăng 6,84% so với cùng kỳ.', '6,84', { value: 6.84, period: '2024-Q1' }],
    ['quý IV/2023 → 2023-Q4', 'GDP quý IV/2023 ước tính tăng 6,72% so với cùng kỳ.', '6,72', { value: 6.72, period: '2023-Q4' }],
    ['9 tháng năm 2023 → 2023-9M', '9 tháng năm 2023, thu ngân sách đạt 4.856 tỷ đồng.', '4.856', { value: 4.856e12, period: '2023-9M' }],
    ['9 tháng takes its year from published', 'Trong 9 tháng, thu ngân sách đạt 4.856 tỷ đồng.', '4.856', { value: 4.856e12, period: '2023-9M' }, pub('2023-10-05')],
    ['5 tháng đầu năm → 5M', 'Kim ngạch xuất khẩu gạo 5 tháng đầu năm đạt 215,6 triệu USD.', '215,6', { value: 215.6e6, period: '2023-5M' }, pub('2023-07-18')],
    ['tháng 7/2023 → 2023-M07', 'Riêng tháng 7/2023, xảy ra 14 vụ tai nạn giao thông.', '14', { value: 14, period: '2023-M07' }],
    ['năm 2022 → 2022', 'Năm 2022, huyện thực hiện đạt và vượt 18/18 chỉ tiêu NQ.', '18/18', { value: 18, period: '2022' }],
    ['a target for năm 2024 → 2024', 'Năm 2024, phấn đấu thu ngân sách đạt 1.700 tỉ đồng.', '1.700', { value: 1.7e12, period: '2024' }],
    ['a yearly target in a 2020 - 2025 resolution → 2020/2025', 'Nghị quyết nhiệm kỳ 2020 - 2025 đề ra mỗi năm kết nạp từ 120 - 150 đảng viên.', '120', { value: 120, period: '2020/2025' }],
    ['no period in the text → the year of published', 'Thu ngân sách đạt 620 tỷ đồng.', '620', { value: 620e9, period: '2024' }, pub('2024-07-11')],
    ['no period and no published → no period', 'Thu ngân sách đạt 620 tỷ đồng.', '620', { value: 620e9, period: undefined }],
    ['a stock "đến hết tháng 6/2024" → 2024-M06', 'Đến hết tháng 6/2024, toàn tỉnh có 1.190 dự án FDI còn hiệu lực.', '1.190', { value: 1190, period: '2024-M06' }],
    ['a stock "đến nay" takes the report period', '6 tháng đầu năm 2024, kinh tế tăng trưởng khá.\n\nĐến nay, huyện có 15/17 xã đạt chuẩn nông thôn mới.', '15/17', { value: 15, period: '2024-H1' }],
    ['a deadline "đến ngày 31/12/2023" → 2023', 'Phấn đấu đến ngày 31/12/2023 giải ngân đạt trên 95% kế hoạch.', '95', { value: 95, period: '2023' }, pub('2023-10-05')],
    ['a year named in the previous paragraph does not carry', 'Vụ Hè Thu năm 2022 năng suất thấp.\n\nVụ Hè Thu 2023 toàn tỉnh xuống giống 171.350 ha.', '171.350', { value: 171_350, period: '2023' }],
    ['a year named inside an earlier paragraph does not date later ones: they return to the report period',
      'Sáu tháng đầu năm 2024, kinh tế tăng trưởng khá.\n\nKết quả thi tốt nghiệp THPT năm 2024, tỷ lệ đỗ đạt 98,9%.\n\nToàn huyện còn 389 hộ nghèo.', '389', { value: 389, period: '2024-H1' }],
    ['a year that opens its paragraph dates the paragraphs after it',
      'Năm 2025 là năm cuối nhiệm kỳ.\n\nNăm 2024, huyện vượt khó.\n\nThu ngân sách đạt 412,8 tỷ đồng.', '412,8', { value: 412.8e9, period: '2024' }, pub('2025-01-20')],
    ['a year first named deep in the body is no frame: other paragraphs take the publication year',
      'Sau hơn hai năm rưỡi thực hiện nghị quyết nhiệm kỳ 2020 - 2025, thị xã đã đạt và vượt 14 chỉ tiêu; 6 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ và 2 chỉ tiêu khó đạt.\n\nThu ngân sách nhà nước trên địa bàn năm 2022 đạt 9.450 tỷ đồng.\n\nThị xã có 5/5 xã đạt chuẩn nông thôn mới.', '5/5', { value: 5, period: '2023' }, pub('2023-08-18')],
    ['a monthly report\'s headline month dates its later paragraphs',
      'CPI tháng 9 tăng 0,29% so với tháng trước\n\nChỉ số giá tiêu dùng tháng 9-2024 tăng 0,29% so với tháng trước, chủ yếu do giá thực phẩm tăng mạnh sau bão và học phí tăng khi vào năm học mới ở nhiều địa phương.\n\nChỉ số giá vàng giảm 0,22% so với tháng trước.', '0,22', { value: 0.22, period: '2024-M09' }, pub('2024-10-06')],
    ['a month first named in the body dates only its paragraph',
      'Kinh tế tỉnh tiếp tục phục hồi\n\nUBND tỉnh họp đánh giá tình hình kinh tế - xã hội, triển khai nhiệm vụ trọng tâm tháng 9; các sở, ngành báo cáo kết quả thực hiện các chỉ tiêu chủ yếu của năm.\n\nThu ngân sách đạt 9.450 tỷ đồng.', '9.450', { value: 9.45e12, period: '2024' }, pub('2024-09-04')],
    ['a heading\'s year dates the paragraph under it', 'KẾT QUẢ NĂM 2023\n\nNăm 2023, huyện vượt khó. Thu ngân sách đạt 412,8 tỷ đồng.', '412,8', { value: 412.8e9, period: '2023' }, pub('2024-01-20')],
    ['a school year → 2023/2024', 'Năm học 2023 - 2024, toàn tỉnh có 213/348 trường đạt chuẩn quốc gia.', '213', { value: 213, period: '2023/2024' }],
  ]);
});
