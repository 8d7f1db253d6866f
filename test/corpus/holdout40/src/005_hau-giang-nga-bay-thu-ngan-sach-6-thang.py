TEXT = '''
HGTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẬU GIANG
Trang chủ | Thời sự | Kinh tế | Xã hội | Video | Phát thanh | Lịch phát sóng

Thành phố Ngã Bảy thu ngân sách 6 tháng đạt 61,5% dự toán

Đăng lúc: 08/07/2022 10:15 | Lượt xem: 318

(HGTV) - 6 tháng đầu năm 2022, tổng thu ngân sách nhà nước trên địa bàn thành phố Ngã Bảy ước đạt 45,2 tỷ đồng, đạt 61,5% dự toán tỉnh giao, tăng 14,8% so với cùng kỳ.

Trong đó, thu thuế công thương nghiệp ngoài quốc doanh đạt 16,7 tỷ đồng; thu tiền sử dụng đất 12,3 tỷ đồng, vượt 23% dự toán năm. Tổng chi ngân sách địa phương 98,6 tỷ đồng, bằng 44,7% dự toán.

Cũng trong 6 tháng, thành phố giải quyết việc làm cho 1.050 lao động, đạt 70% kế hoạch năm; bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo tại phường Lái Hiếu và xã Đại Thành.

Video: Chợ nổi Ngã Bảy những ngày đầu tháng 7 (Thời lượng: 02:15)

Thành phố phấn đấu cả năm thu ngân sách vượt 10% dự toán, tập trung khai thác các nguồn thu từ dịch vụ du lịch chợ nổi Ngã Bảy và khu dân cư thương mại Cái Côn.

Ngọc Trâm - Hoàng Phúc

Tin khác
- Châu Thành A: Giải ngân vốn đầu tư công đạt 48%
- Vị Thanh ra quân Tháng hành động vì an toàn thực phẩm năm 2022

Đài PT-TH Hậu Giang - Số 2, đường 1 tháng 5, phường V, TP. Vị Thanh | ĐT: 0293.3876.335
'''
META = {'published': '2022-07-08', 'locality': 'thành phố Ngã Bảy'}
DEFAULTS = {'locality': 'thành phố Ngã Bảy', 'period': '2022-H1', 'modality': 'actual'}
E = {'modality': 'estimate'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('tháng đạt 61,5% dự toán', '61,5%', 'attainment', '%', dict(BR, base='target')),
 ('ước đạt 45,2 tỷ đồng', '45,2 tỷ đồng', 'level', 'VND', dict(BR, **E)),
 ('đạt 61,5% dự toán tỉnh', '61,5%', 'attainment', '%', dict(BR, **E, base='target')),
 ('tăng 14,8% so với cùng kỳ', '14,8%', 'change', '%', dict(BR, **E, direction='up', base='same_period')),
 ('đạt 16,7 tỷ đồng', '16,7 tỷ đồng', 'level', 'VND', dict()),
 ('đất 12,3 tỷ đồng', '12,3 tỷ đồng', 'level', 'VND', dict()),
 ('vượt 23% dự toán năm', '23%', 'change', '%', dict(direction='up', base='target', status='exceeded')),
 ('phương 98,6 tỷ đồng', '98,6 tỷ đồng', 'level', 'VND', dict(indicator='budget_expenditure')),
 ('bằng 44,7% dự toán', '44,7%', 'attainment', '%', dict(indicator='budget_expenditure', base='target')),
 ('cho 1.050 lao động', '1.050', 'level', 'lao động', dict(indicator='jobs_created')),
 ('đạt 70% kế hoạch năm', '70%', 'attainment', '%', dict(indicator='jobs_created', base='target')),
 ('giao 12 căn nhà', '12', 'level', 'căn nhà', dict()),
 ('vượt 10% dự toán', '10%', 'change', '%', dict(BR, modality='target', period='2022', direction='up', base='target', status='exceeded')),
]
