TEXT = '''
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐIỆN BIÊN
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa - Du lịch | Quốc phòng - An ninh | Phát thanh | Truyền hình
Thứ Tư, 13/07/2022 - 16:42

Thời sự

Mường Chà: Tổng giá trị sản xuất 6 tháng đầu năm đạt 51,6% kế hoạch

(ĐTV) - Sáng 13/7, Ban Chấp hành Đảng bộ huyện Mường Chà tổ chức Hội nghị lần thứ 9 sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Lò Văn Thắm, Bí thư Huyện ủy chủ trì hội nghị.

Theo báo cáo, 6 tháng đầu năm, tổng giá trị sản xuất trên địa bàn huyện ước đạt 612,4 tỷ đồng, bằng 51,6% kế hoạch, tăng 6,8% so với cùng kỳ năm 2021. Tổng diện tích gieo trồng cây hằng năm đạt 9.850 ha, bằng 97,2% kế hoạch; toàn huyện trồng mới 415 ha rừng sản xuất và cây mắc ca. Tổng đàn gia súc 58.300 con, tăng 2,1% so với cùng kỳ.

Thu ngân sách trên địa bàn ước đạt 21,8 tỷ đồng, bằng 54,5% dự toán tỉnh giao; chi ngân sách địa phương 318,6 tỷ đồng, bằng 46,9% dự toán. Giải ngân vốn đầu tư công đến ngày 30/6/2022 đạt 38,7% kế hoạch vốn giao, thấp hơn bình quân chung của tỉnh.

Lĩnh vực văn hóa - xã hội có chuyển biến. Tỷ lệ huy động trẻ mẫu giáo (3 - 5 tuổi) ra lớp đạt 99,6%; học sinh tiểu học 6 - 10 tuổi đạt 99,8%. Toàn huyện hiện có 24/52 trường đạt chuẩn quốc gia. Giải quyết việc làm mới cho 460 lao động, đạt 57,5% kế hoạch; đưa 32 lao động đi làm việc ở nước ngoài. Tỷ lệ hộ nghèo ước còn 42,36%, giảm 2,14% so với cuối năm 2021.

Hội nghị sơ kết công tác 6 tháng đầu năm 2022 của Huyện ủy Mường Chà. Ảnh: Quàng Hương

Về công tác xây dựng Đảng, 6 tháng đầu năm, toàn Đảng bộ kết nạp 86 đảng viên mới, đạt 53,8% chỉ tiêu năm; hiện Đảng bộ huyện có 2.914 đảng viên sinh hoạt tại 41 tổ chức cơ sở đảng.

Hội nghị thống nhất phấn đấu hoàn thành các chỉ tiêu cả năm 2022, trong đó:
- Tổng giá trị sản xuất đạt 1.187 tỷ đồng trở lên;
- Thu ngân sách trên địa bàn đạt 40 tỷ đồng;
- Tỷ lệ hộ nghèo giảm 4 - 4,5%;
- Kết nạp từ 160 đảng viên mới trở lên.

Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các xã tập trung chỉ đạo gieo cấy lúa mùa đúng khung thời vụ, chủ động phòng chống thiên tai trong mùa mưa lũ.

Quàng Hương - Lò Thái (Trung tâm VH-TT-TT huyện Mường Chà)

Tin cùng chuyên mục
- Tủa Chùa: Hoàn thành 85% kế hoạch xây nhà cho hộ nghèo (12/07/2022)
- Điện Biên Đông tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 8 (11/07/2022)
- Thành phố Điện Biên Phủ sơ kết 6 tháng đầu năm 2022 (08/07/2022)

Đài Phát thanh và Truyền hình Điện Biên. Địa chỉ: Số 869, đường Võ Nguyên Giáp, TP Điện Biên Phủ. Điện thoại: 0215.3825.178
'''
META = {'published': '2022-07-13', 'locality': 'huyện Mường Chà'}
DEFAULTS = {'locality': 'huyện Mường Chà', 'period': '2022-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2022', 'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
P = {'base': 'target'}
SP = {'base': 'same_period'}
TV = {'indicator': 'total_output_value'}
FIGS = [
 ('đầu năm đạt 51,6% kế hoạch', '51,6%', 'attainment', '%', d(P, TV)),
 ('ước đạt 612,4 tỷ đồng', '612,4 tỷ đồng', 'level', 'VND', d(E, TV)),
 ('bằng 51,6% kế hoạch, tăng', '51,6%', 'attainment', '%', d(E, P, TV)),
 ('tăng 6,8% so với cùng kỳ năm 2021', '6,8%', 'change', '%', d(E, U, SP, TV)),
 ('đạt 9.850 ha', '9.850 ha', 'level', 'ha', d(indicator='crop_area')),
 ('bằng 97,2% kế hoạch', '97,2%', 'attainment', '%', d(P, indicator='crop_area')),
 ('trồng mới 415 ha', '415 ha', 'level', 'ha', d()),
 ('gia súc 58.300 con', '58.300', 'level', 'con', d()),
 ('tăng 2,1% so với cùng kỳ', '2,1%', 'change', '%', d(U, SP)),
 ('ước đạt 21,8 tỷ đồng', '21,8 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('bằng 54,5% dự toán', '54,5%', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('phương 318,6 tỷ đồng', '318,6 tỷ đồng', 'level', 'VND', d(indicator='budget_expenditure')),
 ('bằng 46,9% dự toán', '46,9%', 'attainment', '%', d(P, indicator='budget_expenditure')),
 ('đạt 38,7% kế hoạch', '38,7%', 'attainment', '%', d(P, indicator='public_investment_disbursement')),
 ('ra lớp đạt 99,6%', '99,6%', 'level', '%', d(indicator='school_enrollment_rate')),
 ('tuổi đạt 99,8%', '99,8%', 'level', '%', d(indicator='school_enrollment_rate')),
 ('có 24/52 trường', '24/52', 'ratio', 'trường', d(indicator='national_standard_schools')),
 ('cho 460 lao động', '460', 'level', 'lao động', d(indicator='new_jobs')),
 ('đạt 57,5% kế hoạch', '57,5%', 'attainment', '%', d(P, indicator='new_jobs')),
 ('đưa 32 lao động', '32', 'level', 'lao động', d(indicator='labour_export')),
 ('ước còn 42,36%', '42,36%', 'level', '%', d(E, indicator='poverty_rate')),
 ('giảm 2,14% so với cuối năm 2021', '2,14%', 'change', '%', d(E, D, indicator='poverty_rate', base='2021')),
 ('kết nạp 86 đảng viên', '86', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 53,8% chỉ tiêu năm', '53,8%', 'attainment', '%', d(P, indicator='new_party_members')),
 ('có 2.914 đảng viên', '2.914', 'level', 'đảng viên', d()),
 ('tại 41 tổ chức', '41', 'level', 'tổ chức cơ sở đảng', d(optional=True)),
 ('đạt 1.187 tỷ đồng trở lên', '1.187 tỷ đồng', 'level', 'VND', d(T, TV, bound='at_least')),
 ('đạt 40 tỷ đồng', '40 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue')),
 ('giảm 4 - 4,5%', '4 - 4,5%', 'change', '%', d(T, D, indicator='poverty_rate')),
 ('từ 160 đảng viên', '160', 'level', 'đảng viên', d(T, indicator='new_party_members', bound='at_least')),
]
