TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Thể thao | Phú Yên | Podcast
Thứ Sáu, 12/12/2025

Kỳ họp thứ 12 HĐND tỉnh khóa X: Thông qua 13 chỉ tiêu chủ yếu năm 2026, phấn đấu tăng trưởng GRDP từ 10% trở lên

12/12/2025 16:05

(BĐL) - Chiều 11/12, sau 3 ngày làm việc, Kỳ họp thứ 12 HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 đã bế mạc. Kỳ họp đã thông qua 31 nghị quyết, trong đó có Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026.

Năm 2025 là năm đầu tiên tỉnh Đắk Lắk (mới) vận hành sau khi hợp nhất với tỉnh Phú Yên. Theo báo cáo của UBND tỉnh, ước cả năm, tốc độ tăng trưởng GRDP đạt 8,3%, cao hơn 0,8 điểm phần trăm so với kịch bản tăng trưởng Chính phủ giao (7,5%). Quy mô nền kinh tế ước đạt 196.800 tỷ đồng. GRDP bình quân đầu người ước đạt 74,2 triệu đồng.

Trong 25 chỉ tiêu chủ yếu HĐND tỉnh giao cho năm 2025, có 21 chỉ tiêu đạt và vượt; 4 chỉ tiêu không đạt gồm thu hút vốn đầu tư trực tiếp nước ngoài, tỷ lệ đô thị hóa, tỷ lệ lao động qua đào tạo và số xã đạt chuẩn nông thôn mới.

Tổng thu ngân sách nhà nước trên địa bàn ước đạt 15.640 tỷ đồng, đạt 105,3% dự toán Trung ương giao, 101,2% dự toán HĐND tỉnh giao; trong đó khu vực Phú Yên cũ thu 5.120 tỷ đồng. Kim ngạch xuất khẩu ước đạt 2,35 tỷ USD, tăng 18,6% so với năm 2024; riêng cà phê chiếm 71%. Tổng lượng khách du lịch ước đạt 6,8 triệu lượt, trong đó khu vực Phú Yên cũ đón 3,9 triệu lượt. Giải ngân vốn đầu tư công đến ngày 30/11/2025 đạt 9.870 tỷ đồng, bằng 61,4% kế hoạch; ước cả năm giải ngân đạt 92,5% kế hoạch.

Về an sinh xã hội, trong năm toàn tỉnh giảm 9.850 hộ nghèo; tỷ lệ hộ nghèo còn 4,62%, giảm 1,58 điểm phần trăm. Toàn tỉnh giải quyết việc làm cho 48.300 lao động, trong đó đưa 2.140 người đi làm việc ở nước ngoài. Đã xóa 6.320 nhà tạm, nhà dột nát, về đích trước thời hạn Trung ương đề ra.

Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp. Ảnh: Hoàng Gia

Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 xác định 13 chỉ tiêu chủ yếu. Các chỉ tiêu chủ yếu năm 2026:
- Tốc độ tăng trưởng GRDP từ 10% trở lên;
- GRDP bình quân đầu người 82 - 85 triệu đồng;
- Tổng thu ngân sách nhà nước trên địa bàn 17.200 tỷ đồng;
- Kim ngạch xuất khẩu 2,6 - 2,8 tỷ USD;
- Tổng vốn đầu tư toàn xã hội tăng 14 - 16% so với năm 2025;
- Tỷ lệ hộ nghèo giảm 1 - 1,5 điểm phần trăm;
- Tỷ lệ lao động qua đào tạo đạt 72%;
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%;
- Tỷ lệ che phủ rừng (kể cả cây cao su) duy trì 40,5%;
- Có thêm 12 xã đạt chuẩn nông thôn mới.

Tại phiên chất vấn, đại biểu Nguyễn Thị Hoa (Tổ đại biểu phường Tuy Hòa) đề nghị làm rõ giải pháp chống sạt lở bờ biển. Giám đốc Sở Nông nghiệp và Môi trường cho biết, toàn tỉnh hiện có 14 điểm sạt lở với tổng chiều dài khoảng 18 km, chủ yếu ở các xã ven biển phía đông; năm 2026 tỉnh bố trí 350 tỷ đồng để kè 5 điểm xung yếu nhất.

Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 được 100% đại biểu có mặt biểu quyết tán thành (68/68 đại biểu). Phát biểu bế mạc, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh khẩn trương phân bổ vốn ngay từ đầu năm, giao chỉ tiêu cho 102 xã, phường trước ngày 31/12/2025.

Thu Hằng

Tin liên quan:
- Đắk Lắk: 11 tháng thu ngân sách vượt 3% dự toán
- Khai mạc Kỳ họp thứ 12 HĐND tỉnh khóa X

Báo và Phát thanh, Truyền hình Đắk Lắk. Giấy phép số 85/GP-BVHTTDL. Địa chỉ: 30 Nguyễn Tất Thành, phường Buôn Ma Thuột. Điện thoại: 0262 3852 530.
'''
META = {'published': '2025-12-12', 'locality': 'tỉnh Đắk Lắk'}
DEFAULTS = {'locality': 'tỉnh Đắk Lắk', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
T26 = {'period': '2026', 'modality': 'target'}
PY = {'locality': 'tỉnh Phú Yên'}
FIGS = [
 ('Thông qua 13 chỉ tiêu', '13', 'level', 'chỉ tiêu', d(T26, indicator='resolution_targets')),
 ('GRDP từ 10% trở lên\n', '10%', 'level', '%', d(T26, indicator='grdp_growth', bound='at_least')),
 ('thông qua 31 nghị quyết', '31', 'level', 'nghị quyết', d(optional=True)),
 ('GRDP đạt 8,3%', '8,3%', 'level', '%', d(E, indicator='grdp_growth')),
 ('cao hơn 0,8 điểm phần trăm', '0,8 điểm phần trăm', 'change', 'điểm %', d(E, U, TB, indicator='grdp_growth', status='exceeded')),
 ('(7,5%)', '7,5%', 'level', '%', d(indicator='grdp_growth', modality='target')),
 ('ước đạt 196.800 tỷ đồng', '196.800 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước đạt 74,2 triệu đồng', '74,2 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='grdp_per_capita')),
 ('Trong 25 chỉ tiêu', '25', 'level', 'chỉ tiêu', d(indicator='resolution_targets')),
 ('có 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='achieved')),
 ('4 chỉ tiêu không đạt', '4', 'level', 'chỉ tiêu', d(indicator='resolution_targets', status='not_achieved')),
 ('ước đạt 15.640 tỷ đồng', '15.640 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('đạt 105,3% dự toán', '105,3%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('101,2% dự toán', '101,2%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('thu 5.120 tỷ đồng', '5.120 tỷ đồng', 'level', 'VND', d(PY, indicator='budget_revenue')),
 ('ước đạt 2,35 tỷ USD', '2,35 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 18,6% so với năm 2024', '18,6%', 'change', '%', d(E, U, indicator='export_value', base='2024')),
 ('chiếm 71%', '71%', 'level', '%', d(indicator='export_value')),
 ('ước đạt 6,8 triệu lượt', '6,8 triệu', 'level', 'lượt', d(E, indicator='tourist_arrivals')),
 ('đón 3,9 triệu lượt', '3,9 triệu', 'level', 'lượt', d(E, PY, indicator='tourist_arrivals')),
 ('đạt 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement', period='2025-11M')),
 ('bằng 61,4% kế hoạch', '61,4%', 'attainment', '%', d(TB, indicator='public_investment_disbursement', period='2025-11M')),
 ('đạt 92,5% kế hoạch', '92,5%', 'attainment', '%', d(E, TB, indicator='public_investment_disbursement')),
 ('giảm 9.850 hộ nghèo', '9.850', 'change', 'hộ', d(D, indicator='poor_households')),
 ('còn 4,62%', '4,62%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 1,58 điểm phần trăm', '1,58 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate')),
 ('cho 48.300 lao động', '48.300', 'level', 'lao động', d(indicator='jobs_created')),
 ('đưa 2.140 người', '2.140', 'level', 'người', d(indicator='labour_export')),
 ('xóa 6.320 nhà tạm', '6.320', 'level', 'nhà', d()),
 ('xác định 13 chỉ tiêu', '13', 'level', 'chỉ tiêu', d(T26, indicator='resolution_targets')),
 ('GRDP từ 10% trở lên;', '10%', 'level', '%', d(T26, indicator='grdp_growth', bound='at_least')),
 ('người 82 - 85 triệu đồng', '82 - 85 triệu đồng', 'level', 'VND/người/năm', d(T26, indicator='grdp_per_capita')),
 ('địa bàn 17.200 tỷ đồng', '17.200 tỷ đồng', 'level', 'VND', d(T26, indicator='budget_revenue')),
 ('khẩu 2,6 - 2,8 tỷ USD', '2,6 - 2,8 tỷ USD', 'level', 'USD', d(T26, indicator='export_value')),
 ('tăng 14 - 16%', '14 - 16%', 'change', '%', d(T26, U, indicator='social_investment', base='2025')),
 ('giảm 1 - 1,5 điểm phần trăm', '1 - 1,5 điểm phần trăm', 'change', 'điểm %', d(T26, D, indicator='poverty_rate')),
 ('đạt 72%', '72%', 'level', '%', d(T26, indicator='trained_labour_rate')),
 ('đạt 95%', '95%', 'level', '%', d(T26, indicator='health_insurance_coverage')),
 ('duy trì 40,5%', '40,5%', 'level', '%', d(T26, indicator='forest_cover')),
 ('thêm 12 xã', '12', 'level', 'xã', d(T26, indicator='new_rural_communes')),
 ('có 14 điểm sạt lở', '14', 'level', 'điểm sạt lở', d(optional=True)),
 ('khoảng 18 km', '18 km', 'level', 'km', d(optional=True)),
 ('bố trí 350 tỷ đồng', '350 tỷ đồng', 'level', 'VND', d(optional=True)),
 ('kè 5 điểm', '5', 'level', 'điểm', d(optional=True)),
 ('cho 102 xã', '102', 'level', 'xã', d(optional=True)),
]
