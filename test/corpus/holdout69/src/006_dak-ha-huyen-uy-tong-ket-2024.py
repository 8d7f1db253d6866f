TEXT = '''
TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KON TUM
Trang chủ | Tin hoạt động | Xây dựng Đảng | Kinh tế - Xã hội | Quốc phòng - An ninh | Văn bản | Liên hệ
24/12/2024 09:12

Tin hoạt động

Huyện ủy Đắk Hà tổng kết công tác năm 2024: 20/22 chỉ tiêu đạt và vượt Nghị quyết

Ngày 23/12, Ban Chấp hành Đảng bộ huyện Đắk Hà tổ chức Hội nghị lần thứ 26 đánh giá kết quả thực hiện Nghị quyết năm 2024, phương hướng, nhiệm vụ năm 2025. Đồng chí Bí thư Huyện ủy chủ trì hội nghị.

Năm 2024, trong điều kiện còn nhiều khó khăn, kinh tế của huyện tiếp tục tăng trưởng khá; có 20/22 chỉ tiêu chủ yếu đạt và vượt Nghị quyết, 2 chỉ tiêu chưa đạt là thu ngân sách từ tiền sử dụng đất và số xã đạt chuẩn nông thôn mới nâng cao. Tổng giá trị sản xuất (giá hiện hành) ước đạt 9.356 tỷ đồng, tăng 9,4% so với năm 2023. Cơ cấu kinh tế: nông, lâm nghiệp, thủy sản 38,2%; công nghiệp - xây dựng 32,5%; thương mại - dịch vụ 29,3%. Thu nhập bình quân đầu người đạt 58,4 triệu đồng/người/năm, tăng 5,2 triệu đồng so với năm 2023.

Toàn huyện có 12.860 ha cà phê, sản lượng cà phê nhân ước đạt 38.500 tấn; diện tích cây ăn quả 1.940 ha, tăng 1,5 lần so với năm 2020. Thu ngân sách nhà nước trên địa bàn đạt 186,7 tỷ đồng, bằng 124,5% dự toán tỉnh giao; riêng thu tiền sử dụng đất chỉ đạt 41,3% kế hoạch.

Tỷ lệ hộ nghèo giảm còn 3,18% (giảm 1,64 điểm phần trăm so với cuối năm 2023); tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 5,92%. Có thêm xã Hà Mòn đạt chuẩn nông thôn mới, nâng tổng số lên 7/9 xã. Công tác phát triển đảng viên đạt kết quả tích cực, toàn Đảng bộ kết nạp 156 đảng viên, đạt 104% chỉ tiêu; 92,6% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.

Đồng chí Bí thư Huyện ủy phát biểu kết luận hội nghị. Ảnh: Hồng Thắm

Sau 4 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XVII, nhiệm kỳ 2020 - 2025, có 18/22 chỉ tiêu đã đạt và vượt mục tiêu cả nhiệm kỳ; tổng giá trị sản xuất tăng bình quân 9,1%/năm.

Năm 2025, Ban Chấp hành Đảng bộ huyện thống nhất 22 chỉ tiêu chủ yếu, trong đó: tổng giá trị sản xuất tăng 9,5 - 10%; thu nhập bình quân đầu người đạt trên 63 triệu đồng; thu ngân sách trên địa bàn từ 195 tỷ đồng trở lên; giảm tỷ lệ hộ nghèo 1 - 1,5%; kết nạp 150 đảng viên mới.

Hồng Thắm (Trung tâm Chính trị huyện Đắk Hà)

Tin cùng chuyên mục
- Huyện ủy Sa Thầy tổng kết công tác xây dựng Đảng năm 2024 (23/12/2024)
- Kon Plông: 3 xã đạt chuẩn nông thôn mới (20/12/2024)

Trang thông tin điện tử Đảng bộ tỉnh Kon Tum. Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Kon Tum. Địa chỉ: 302 Trần Hưng Đạo, TP Kon Tum. ĐT: 0260.3862.493
'''
META = {'published': '2024-12-24', 'locality': 'huyện Đắk Hà'}
DEFAULTS = {'locality': 'huyện Đắk Hà', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'period': '2025', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
TV = {'indicator': 'total_output_value'}
SS = {'indicator': 'sector_share'}
FIGS = [
 ('2024: 20/22 chỉ tiêu', '20/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('có 20/22 chỉ tiêu', '20/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('Nghị quyết, 2 chỉ tiêu', '2', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 9.356 tỷ đồng', '9.356 tỷ đồng', 'level', 'VND', d(E, TV)),
 ('tăng 9,4% so với năm 2023', '9,4%', 'change', '%', d(E, U, TV, base='2023')),
 ('thủy sản 38,2%', '38,2%', 'level', '%', d(SS)),
 ('xây dựng 32,5%', '32,5%', 'level', '%', d(SS)),
 ('dịch vụ 29,3%', '29,3%', 'level', '%', d(SS)),
 ('đạt 58,4 triệu đồng/người/năm', '58,4 triệu đồng/người/năm', 'level', 'VND/người/năm', d(indicator='income_per_capita')),
 ('tăng 5,2 triệu đồng', '5,2 triệu đồng', 'change', 'VND/người/năm', d(U, indicator='income_per_capita', base='2023')),
 ('có 12.860 ha', '12.860 ha', 'level', 'ha', d()),
 ('ước đạt 38.500 tấn', '38.500 tấn', 'level', 'tấn', d(E)),
 ('quả 1.940 ha', '1.940 ha', 'level', 'ha', d()),
 ('tăng 1,5 lần', '1,5 lần', 'change', 'lần', d(U, base='2020')),
 ('đạt 186,7 tỷ đồng', '186,7 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 124,5% dự toán', '124,5%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('đạt 41,3% kế hoạch', '41,3%', 'attainment', '%', d(P, indicator='budget_revenue')),
 ('giảm còn 3,18%', '3,18%', 'level', '%', d(D, indicator='poverty_rate')),
 ('1,64 điểm phần trăm', '1,64 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', base='2023')),
 ('còn 5,92%', '5,92%', 'level', '%', d(indicator='poverty_rate')),
 ('lên 7/9 xã', '7/9', 'ratio', 'xã', d(U, indicator='new_rural_communes')),
 ('kết nạp 156 đảng viên', '156', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 104% chỉ tiêu', '104%', 'attainment', '%', d(P, indicator='new_party_members')),
 ('92,6% tổ chức', '92,6%', 'level', '%', d()),
 ('có 18/22 chỉ tiêu', '18/22', 'ratio', 'chỉ tiêu', d(RT, status='achieved', period='2020/2025')),
 ('bình quân 9,1%/năm', '9,1%', 'change', '%', d(U, TV, period='2020/2025')),
 ('thống nhất 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', d(K, RT)),
 ('tăng 9,5 - 10%', '9,5 - 10%', 'change', '%', d(K, U, TV)),
 ('đạt trên 63 triệu đồng', '63 triệu đồng', 'level', 'VND/người/năm', d(K, indicator='income_per_capita', bound='over')),
 ('từ 195 tỷ đồng', '195 tỷ đồng', 'level', 'VND', d(K, indicator='budget_revenue', bound='at_least')),
 ('giảm tỷ lệ hộ nghèo 1 - 1,5%', '1 - 1,5%', 'change', '%', d(K, D, indicator='poverty_rate')),
 ('kết nạp 150 đảng viên', '150', 'level', 'đảng viên', d(K, indicator='new_party_members')),
]
