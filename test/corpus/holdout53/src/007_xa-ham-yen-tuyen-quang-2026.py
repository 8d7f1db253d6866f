TEXT = '''
BÁO TUYÊN QUANG
Trang chủ › Chính trị › Xây dựng chính quyền
Thứ Hai, 05/01/2026 08:30

Xã Hàm Yên đặt 18 chỉ tiêu phát triển năm 2026, thu nhập bình quân phấn đấu 58 triệu đồng

(BTQ) - HĐND xã Hàm Yên vừa tổ chức kỳ họp thường lệ cuối năm 2025, thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 với 18 chỉ tiêu chủ yếu. Đây là năm đầu tiên xã xây dựng kế hoạch cả năm kể từ khi vận hành chính quyền địa phương hai cấp (từ ngày 1/7/2025) trên cơ sở hợp nhất thị trấn Tân Yên và hai xã Bạch Xa, Yên Thuận.

Năm 2025, kinh tế của xã tiếp tục tăng trưởng khá. Tổng giá trị sản xuất ước đạt 2.150 tỷ đồng, vượt 2,4% kế hoạch, tăng 8,2% so với năm 2024 (chỉ tiêu tăng 8%). Thu nhập bình quân đầu người ước đạt 52,4 triệu đồng/người/năm. Thu ngân sách nhà nước trên địa bàn 6 tháng cuối năm đạt 9,6 tỷ đồng, bằng 124% dự toán tỉnh giao; cả năm (tính gộp ba đơn vị cũ) đạt 18,6 tỷ đồng.

Sản xuất nông, lâm nghiệp phát triển ổn định với tổng sản lượng lương thực 11.850 tấn; cây cam sành, chè và quế là ba cây trồng chủ lực với diện tích lần lượt là 1.320 ha, 680 ha và 2.450 ha. Sản lượng cam ước 24.600 tấn. Giá cam bình quân cả năm 14.000 - 16.000 đồng/kg, thấp hơn năm trước khoảng 3.000 đồng/kg. Tỷ lệ che phủ rừng duy trì 61,5%.

Về xã hội, tỷ lệ hộ nghèo còn 6,85%, giảm 2,4 điểm phần trăm; tỷ lệ hộ cận nghèo 5,2%. Xã có 14/23 trường đạt chuẩn quốc gia; 98,6% dân số tham gia bảo hiểm y tế.

Quang cảnh kỳ họp HĐND xã Hàm Yên. Ảnh: Thanh Thủy

Các chỉ tiêu chủ yếu năm 2026:
1. Tổng giá trị sản xuất: 2.350 tỷ đồng, tăng 9% trở lên.
2. Thu nhập bình quân đầu người: 58 triệu đồng.
3. Thu ngân sách trên địa bàn: 20 tỷ đồng trở lên.
4. Tỷ lệ hộ nghèo giảm 2 - 2,5 điểm %; không để phát sinh hộ tái nghèo.
5. Trồng rừng tập trung: 650 ha; tỷ lệ che phủ rừng: 61,5% trở lên.
6. Có thêm 2 trường đạt chuẩn quốc gia; tỷ lệ tham gia bảo hiểm y tế đạt 99%.
7. Giải quyết việc làm mới cho 420 lao động.

Phát biểu tại kỳ họp, ông Hoàng Văn Chung, Chủ tịch UBND xã cho biết, khó khăn lớn nhất là nguồn thu ngân sách chủ yếu dựa vào thu tiền sử dụng đất. "Năm 2026, xã phải đấu giá thành công ít nhất 45 lô đất để bảo đảm thu", ông Chung nói. Gia đình ông Triệu Văn Phấy ở thôn Khuổi Xoan có 4 ha quế, mỗi năm thu khoảng 250 triệu đồng.

Thanh Thủy

Bài liên quan
- Xã Yên Phú: Thông qua 16 chỉ tiêu kinh tế - xã hội năm 2026 (03/01/2026)
- Tuyên Quang: Năm 2025 tăng trưởng kinh tế ước đạt 8,1% (30/12/2025)

Báo Tuyên Quang điện tử. Tòa soạn: số 2 đường Tân Trào, phường Minh Xuân. Điện thoại: 0207.3822.314
'''
META = {'published': '2026-01-05', 'locality': 'xã Hàm Yên'}
DEFAULTS = {'locality': 'xã Hàm Yên', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2026', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TOV = {'indicator': 'total_output_value'}
INC = {'indicator': 'income_per_capita'}
BR = {'indicator': 'budget_revenue'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('đặt 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(T, indicator='resolution_targets')),
 ('phấn đấu 58 triệu đồng', '58 triệu đồng', 'level', 'VND/người/năm', d(T, INC)),
 ('với 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(T, indicator='resolution_targets')),
 ('ước đạt 2.150 tỷ đồng', '2.150 tỷ đồng', 'level', 'VND', d(E, TOV)),
 ('vượt 2,4% kế hoạch', '2,4%', 'change', '%', d(E, U, TOV, base='target', status='exceeded')),
 ('tăng 8,2% so với năm 2024', '8,2%', 'change', '%', d(E, U, TOV, base='2024')),
 ('(chỉ tiêu tăng 8%)', '8%', 'change', '%', d(U, TOV, modality='target')),
 ('ước đạt 52,4 triệu đồng/người/năm', '52,4 triệu đồng/người/năm', 'level', 'VND/người/năm', d(E, INC)),
 ('đạt 9,6 tỷ đồng', '9,6 tỷ đồng', 'level', 'VND', d(BR, period='2025-H2')),
 ('bằng 124% dự toán', '124%', 'attainment', '%', d(BR, period='2025-H2', base='target')),
 ('đạt 18,6 tỷ đồng', '18,6 tỷ đồng', 'level', 'VND', d(BR)),
 ('thực 11.850 tấn', '11.850 tấn', 'level', 'tấn', d(indicator='food_output')),
 ('là 1.320 ha', '1.320 ha', 'level', 'ha', d()),
 ('680 ha', '680 ha', 'level', 'ha', d()),
 ('2.450 ha', '2.450 ha', 'level', 'ha', d()),
 ('ước 24.600 tấn', '24.600 tấn', 'level', 'tấn', d(E)),
 ('14.000 - 16.000 đồng/kg', '14.000 - 16.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 3.000 đồng/kg', '3.000 đồng/kg', 'change', 'VND/kg', d(D, base='2024', bound='about')),
 ('duy trì 61,5%', '61,5%', 'level', '%', d(indicator='forest_cover')),
 ('còn 6,85%', '6,85%', 'level', '%', d(PR)),
 ('giảm 2,4 điểm phần trăm', '2,4 điểm phần trăm', 'change', 'điểm %', d(D, PR)),
 ('nghèo 5,2%', '5,2%', 'level', '%', d(indicator='near_poverty_rate')),
 ('có 14/23 trường', '14/23', 'ratio', 'trường', d(indicator='national_standard_schools')),
 ('; 98,6% dân số', '98,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xuất: 2.350 tỷ đồng', '2.350 tỷ đồng', 'level', 'VND', d(T, TOV)),
 ('tăng 9% trở lên', '9%', 'change', '%', d(T, U, TOV, bound='at_least')),
 ('người: 58 triệu đồng', '58 triệu đồng', 'level', 'VND/người/năm', d(T, INC)),
 ('bàn: 20 tỷ đồng', '20 tỷ đồng', 'level', 'VND', d(T, BR, bound='at_least')),
 ('giảm 2 - 2,5 điểm %', '2 - 2,5 điểm %', 'change', 'điểm %', d(T, D, PR)),
 ('trung: 650 ha', '650 ha', 'level', 'ha', d(T)),
 ('rừng: 61,5% trở lên', '61,5%', 'level', '%', d(T, indicator='forest_cover', bound='at_least')),
 ('thêm 2 trường', '2', 'level', 'trường', d(T, indicator='national_standard_schools')),
 ('đạt 99%', '99%', 'level', '%', d(T, indicator='health_insurance_coverage')),
 ('cho 420 lao động', '420', 'level', 'lao động', d(T, indicator='new_jobs')),
 ('ít nhất 45 lô đất', '45', 'level', 'lô đất', d(T, bound='at_least')),
]
