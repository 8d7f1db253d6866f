NFD = True
TEXT = '''
BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Thứ Sáu, 15/07/2022, 18:30 (GMT+7)
Trang chủ | Chính trị | Kinh tế | Xã hội | Thời sự | Nông nghiệp | Pháp luật

Chính trị

Tiền Giang: GRDP 6 tháng đầu năm 2022 tăng 5,24%

Ngày 15-7, Ban Chấp hành Đảng bộ tỉnh Tiền Giang khóa XI tổ chức Hội nghị lần thứ 9 sơ kết công tác 6 tháng đầu năm và bàn nhiệm vụ trọng tâm 6 tháng cuối năm 2022.

Theo báo cáo tại hội nghị, 6 tháng đầu năm 2022, tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 5,24% so với cùng kỳ (kế hoạch năm tăng 6,5%). Giá trị sản xuất nông, lâm nghiệp và thủy sản tăng 2,1%; giá trị sản xuất công nghiệp tăng 9,7%.

Một số sản phẩm công nghiệp chủ yếu (tăng, giảm so với cùng kỳ): thủy sản chế biến 89.400 tấn (+6,3%); thức ăn thủy sản 512.000 tấn (+11,2%); giày da 41,6 triệu đôi (+15,8%); điện thương phẩm 1.386 triệu kWh (-2,4%).

Kim ngạch xuất khẩu 6 tháng đạt 1.892 triệu USD, tăng 21,7%, đạt 52,6% kế hoạch; nhập khẩu 814 triệu USD, tăng 9,5%. Tổng thu ngân sách nhà nước trên địa bàn đạt 5.126 tỷ đồng, bằng 60,3% dự toán, tăng 12,8% so với cùng kỳ. Sản lượng thủy sản ước đạt 133.700 tấn, đạt 51,4% kế hoạch.

Vụ lúa Đông Xuân 2021 - 2022, toàn tỉnh thu hoạch 61.850 ha, năng suất bình quân 6,3 tấn/ha, sản lượng 389.650 tấn. Đến nay, tỉnh có 110/139 xã đạt chuẩn nông thôn mới, trong đó 35 xã đạt chuẩn nông thôn mới nâng cao.

Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 là 2,36%. Giải quyết việc làm cho 14.260 lao động, đạt 57% kế hoạch; trong đó xuất khẩu lao động 312 người. Công tác phát triển đảng viên được quan tâm, kết nạp 642 đảng viên mới, đạt 40,1% chỉ tiêu.

Về tai nạn giao thông, 6 tháng xảy ra 61 vụ, làm chết 42 người, bị thương 38 người; so với cùng kỳ giảm 9 vụ, giảm 5 người chết, tăng 4 người bị thương.

Quang cảnh hội nghị. Ảnh: HOÀNG PHƯƠNG

Phát biểu kết luận, Bí thư Tỉnh ủy Nguyễn Văn Danh đề nghị các cấp, các ngành tập trung tháo gỡ khó khăn; 6 tháng cuối năm, GRDP phải tăng khoảng 7,7% thì cả năm mới đạt chỉ tiêu Nghị quyết; thu ngân sách cả năm đạt trên 8.500 tỷ đồng.

THU HOÀI

Tin liên quan
- Khánh thành cầu Mỹ Lợi nối Tiền Giang - Long An (10/7/2022)
- Đồng Tháp, Tiền Giang ký kết hợp tác giai đoạn 2022 - 2025 (08/7/2022)
- Thị xã Gò Công đón Bằng công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới (05/7/2022)

Báo Ấp Bắc. Giấy phép số 451/GP-BTTTT. Địa chỉ: 13 Hùng Vương, phường 7, TP Mỹ Tho. ĐT: (0273) 3872.484
'''
META = {'published': '2022-07-15', 'locality': 'tỉnh Tiền Giang'}
DEFAULTS = {'locality': 'tỉnh Tiền Giang', 'period': '2022-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
P = {'base': 'target'}
DX = {'period': '2021/2022'}
FIGS = [
 ('2022 tăng 5,24%', '5,24%', 'change', '%', d(U, indicator='grdp_growth')),
 ('ước tăng 5,24%', '5,24%', 'change', '%', d(E, U, SP, indicator='grdp_growth')),
 ('năm tăng 6,5%', '6,5%', 'change', '%', d(U, indicator='grdp_growth', modality='target', period='2022')),
 ('thủy sản tăng 2,1%', '2,1%', 'change', '%', d(U, indicator='agricultural_output_value')),
 ('công nghiệp tăng 9,7%', '9,7%', 'change', '%', d(U, indicator='industrial_output_value')),
 ('biến 89.400 tấn', '89.400 tấn', 'level', 'tấn', d()),
 ('(+6,3%)', '6,3%', 'change', '%', d(U, SP)),
 ('sản 512.000 tấn', '512.000 tấn', 'level', 'tấn', d()),
 ('(+11,2%)', '11,2%', 'change', '%', d(U, SP)),
 ('41,6 triệu đôi', '41,6 triệu', 'level', 'đôi', d()),
 ('(+15,8%)', '15,8%', 'change', '%', d(U, SP)),
 ('1.386 triệu kWh', '1.386 triệu kWh', 'level', 'kWh', d()),
 ('(-2,4%)', '2,4%', 'change', '%', d(D, SP)),
 ('đạt 1.892 triệu USD', '1.892 triệu USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 21,7%', '21,7%', 'change', '%', d(U, indicator='export_value')),
 ('đạt 52,6% kế hoạch', '52,6%', 'attainment', '%', d(P, indicator='export_value')),
 ('nhập khẩu 814 triệu USD', '814 triệu USD', 'level', 'USD', d(indicator='import_value')),
 ('tăng 9,5%', '9,5%', 'change', '%', d(U, indicator='import_value')),
 ('đạt 5.126 tỷ đồng', '5.126 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 60,3% dự toán', '60,3%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('tăng 12,8%', '12,8%', 'change', '%', d(U, SP, indicator='budget_revenue')),
 ('ước đạt 133.700 tấn', '133.700 tấn', 'level', 'tấn', d(E, indicator='aquaculture_output')),
 ('đạt 51,4% kế hoạch', '51,4%', 'attainment', '%', d(E, P, indicator='aquaculture_output')),
 ('thu hoạch 61.850 ha', '61.850 ha', 'level', 'ha', d(DX)),
 ('6,3 tấn/ha', '6,3 tấn/ha', 'level', 'tấn/ha', d(DX)),
 ('sản lượng 389.650 tấn', '389.650 tấn', 'level', 'tấn', d(DX, indicator='rice_output')),
 ('110/139 xã', '110/139', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('trong đó 35 xã', '35', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('là 2,36%', '2,36%', 'level', '%', d(indicator='poverty_rate')),
 ('cho 14.260 lao động', '14.260', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 57% kế hoạch', '57%', 'attainment', '%', d(P, indicator='jobs_created')),
 ('lao động 312 người', '312', 'level', 'người', d(indicator='labour_export')),
 ('kết nạp 642 đảng viên', '642', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 40,1% chỉ tiêu', '40,1%', 'attainment', '%', d(P, indicator='new_party_members')),
 ('xảy ra 61 vụ', '61', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 42 người', '42', 'level', 'người', d(indicator='traffic_deaths')),
 ('bị thương 38 người', '38', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 9 vụ', '9', 'change', 'vụ', d(D, SP, indicator='traffic_accidents')),
 ('giảm 5 người chết', '5', 'change', 'người', d(D, SP, indicator='traffic_deaths')),
 ('tăng 4 người bị thương', '4', 'change', 'người', d(U, SP, indicator='traffic_injuries')),
 ('khoảng 7,7%', '7,7%', 'change', '%', d(U, indicator='grdp_growth', modality='target', period='2022-H2', bound='about')),
 ('trên 8.500 tỷ đồng', '8.500 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue', modality='target', period='2022', bound='over')),
]
