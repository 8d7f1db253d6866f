TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG THÁP
Trang chủ | Chính trị | Kinh tế | Xã hội | Địa phương
Cập nhật ngày: 18/12/2025 16:40

HĐND phường Cao Lãnh: 22/24 chỉ tiêu năm 2025 đạt và vượt kế hoạch

Ngày 18/12, HĐND phường Cao Lãnh khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 4 để đánh giá tình hình kinh tế - xã hội năm 2025 và quyết định nhiệm vụ năm 2026. Theo báo cáo, năm 2025 phường thực hiện đạt và vượt 22/24 chỉ tiêu chủ yếu; 2 chỉ tiêu chưa đạt là thu ngân sách và tỷ lệ nhựa hóa đường hẻm.

Sau gần 6 tháng vận hành chính quyền địa phương 2 cấp, bộ máy phường hoạt động thông suốt. Từ ngày 1/7/2025 đến nay, Trung tâm Phục vụ hành chính công phường tiếp nhận 14.260 hồ sơ, giải quyết đúng hạn 99,4%; 86,2% hồ sơ được nộp trực tuyến.

Tính chung cả năm, giá trị sản xuất công nghiệp trên địa bàn phường (tính theo địa giới mới) ước đạt 8.410 tỷ đồng, tăng 9,6% so với năm 2024; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 18.725 tỷ đồng, tăng 12,1%. Trên địa bàn có 1.284 doanh nghiệp đang hoạt động và 6.930 hộ kinh doanh; trong năm có 132 doanh nghiệp thành lập mới.

Thu ngân sách nhà nước trên địa bàn phường ước đạt 386,5 tỷ đồng, bằng 92,8% dự toán; trong đó thu tiền sử dụng đất chỉ đạt 41,6% dự toán. Chi ngân sách phường 6 tháng cuối năm 2025 là 58,3 tỷ đồng.

Đại biểu HĐND phường Cao Lãnh biểu quyết thông qua các nghị quyết. Ảnh: HỮU NGHĨA

Khu vực nông nghiệp còn 1.120ha cây ăn trái, chủ yếu là xoài, tập trung ở khóm Mỹ Tây; sản lượng xoài năm 2025 đạt 18.600 tấn, giá xoài cát Chu xuất khẩu dao động 18.000 - 25.000 đồng/kg.

Phường có 286 hộ nghèo, chiếm 0,94% tổng số hộ, giảm 112 hộ so với cuối năm 2024; tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%. Toàn phường có 21/27 trường đạt chuẩn quốc gia. Năm 2025, phường giải quyết việc làm cho 1.860 lao động.

Năm 2026, phường đề ra 24 chỉ tiêu, trong đó phấn đấu tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng từ 12% trở lên; thu ngân sách đạt 410 tỷ đồng; giảm 50% số hộ nghèo hiện có; tỷ lệ hồ sơ nộp trực tuyến đạt 90%.

Tại kỳ họp, HĐND phường xem xét, thông qua 9 nghị quyết.

HỮU NGHĨA

Tin liên quan
- Phường Mỹ Trà: Ra mắt Trung tâm Phục vụ hành chính công (02/7/2025)
- Đồng Tháp: 102 xã, phường đi vào hoạt động (01/7/2025)
Đường dây nóng: 0277.3851.414
'''
META = {'published': '2025-12-18', 'locality': 'phường Cao Lãnh'}
DEFAULTS = {'locality': 'phường Cao Lãnh', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target', 'period': '2026'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
H2 = {'period': '2025-H2'}
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
RS = {'indicator': 'retail_sales'}
FIGS = [
 ('Cao Lãnh: 22/24 chỉ tiêu', '22/24', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('vượt 22/24 chỉ tiêu', '22/24', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu chưa đạt', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('14.260 hồ sơ', '14.260', 'level', 'hồ sơ', d(H2)),
 ('hạn 99,4%', '99,4%', 'level', '%', d(H2)),
 ('86,2% hồ sơ', '86,2%', 'level', '%', d(H2)),
 ('ước đạt 8.410 tỷ đồng', '8.410 tỷ đồng', 'level', 'VND', d(E, indicator='industrial_output_value')),
 ('tăng 9,6%', '9,6%', 'change', '%', d(E, U, indicator='industrial_output_value', base='2024')),
 ('ước đạt 18.725 tỷ đồng', '18.725 tỷ đồng', 'level', 'VND', d(E, RS)),
 ('tăng 12,1%', '12,1%', 'change', '%', d(E, U, RS)),
 ('1.284 doanh nghiệp', '1.284', 'level', 'doanh nghiệp', d()),
 ('6.930 hộ kinh doanh', '6.930', 'level', 'hộ kinh doanh', d()),
 ('có 132 doanh nghiệp', '132', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ước đạt 386,5 tỷ đồng', '386,5 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('bằng 92,8% dự toán', '92,8%', 'attainment', '%', d(E, P, BR)),
 ('đạt 41,6% dự toán', '41,6%', 'attainment', '%', d(P, BR)),
 ('là 58,3 tỷ đồng', '58,3 tỷ đồng', 'level', 'VND', d(H2, indicator='budget_expenditure')),
 ('còn 1.120ha', '1.120ha', 'level', 'ha', d()),
 ('đạt 18.600 tấn', '18.600 tấn', 'level', 'tấn', d()),
 ('18.000 - 25.000 đồng/kg', '18.000 - 25.000 đồng/kg', 'level', 'VND/kg', d()),
 ('có 286 hộ nghèo', '286', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 0,94%', '0,94%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 112 hộ', '112', 'change', 'hộ', d(D, indicator='poor_households', base='2024')),
 ('đạt 95,2%', '95,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('có 21/27 trường', '21/27', 'ratio', 'trường', d(indicator='national_standard_schools')),
 ('cho 1.860 lao động', '1.860', 'level', 'lao động', d(indicator='jobs_created')),
 ('ra 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(K, RT)),
 ('từ 12% trở lên', '12%', 'change', '%', d(K, U, RS, bound='at_least')),
 ('đạt 410 tỷ đồng', '410 tỷ đồng', 'level', 'VND', d(K, BR)),
 ('giảm 50% số hộ nghèo', '50%', 'change', '%', d(K, D, indicator='poor_households')),
 ('đạt 90%', '90%', 'level', '%', d(K)),
]
