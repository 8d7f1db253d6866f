TEXT = '''
NGHỆ AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Trang chủ | Thời sự | Kinh tế | Xã hội | Pháp luật | Video | Phát thanh | Lịch phát sóng
Đường dây nóng: 0238.3844.999

LỊCH PHÁT SÓNG NTV HÔM NAY
06:00 Chào buổi sáng Nghệ An
11:30 Thời sự trưa
17:45 Nông nghiệp và nông thôn (số 42)
19:45 Thời sự Nghệ An
20:30 Phim truyện: Bình minh trên sông Lam (tập 24/36)

Thời sự

Họp báo thường kỳ tháng 10: Thu ngân sách 10 tháng đạt 19.850 tỷ đồng, vượt 15% dự toán

Thứ Năm, 31/10/2024 - 17:20

(NTV) - Chiều 31/10, Văn phòng UBND tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức họp báo thường kỳ tháng 10/2024. Thông tin tại buổi họp báo cho thấy, tổng thu ngân sách 10 tháng ước đạt 19.850 tỷ đồng, vượt 15% so với dự toán năm; chỉ số sản xuất công nghiệp (IIP) 10 tháng tăng 14,2% so với cùng kỳ.

▶ Video: Họp báo thường kỳ UBND tỉnh tháng 10/2024 | 03:45

Theo báo cáo của Văn phòng UBND tỉnh, trong tháng 10, kim ngạch xuất khẩu ước đạt 285 triệu USD, tăng 6,4% so với tháng trước; lũy kế 10 tháng đạt 2,41 tỷ USD, tăng 21,5% so với cùng kỳ. Trong tháng có 168 doanh nghiệp thành lập mới, nâng tổng số 10 tháng lên 1.512 doanh nghiệp. Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng 10 tháng ước đạt 87.340 tỷ đồng, tăng 11,3%.

Trả lời câu hỏi của phóng viên Báo Nghệ An về giải ngân vốn đầu tư công, đại diện Sở Kế hoạch và Đầu tư cho biết: đến ngày 25/10, toàn tỉnh giải ngân được 4.960 tỷ đồng, đạt 60,8% kế hoạch vốn Thủ tướng Chính phủ giao, cao hơn mức bình quân cả nước (khoảng 50,2%). Thực hiện Công văn số 8834/UBND-KT ngày 14/10/2024, tỉnh phấn đấu đến hết năm 2024 giải ngân trên 95% kế hoạch.

Về câu hỏi của phóng viên Đài PT-TH Nghệ An liên quan đến dịch sốt xuất huyết, đại diện Sở Y tế thông tin: từ đầu năm đến nay, toàn tỉnh ghi nhận 1.126 ca mắc, gấp 2,3 lần so với cùng kỳ, chưa có ca tử vong. Ổ dịch lớn nhất tại khối 7, phường Hưng Dũng (TP Vinh) với 43 ca, đã được xử lý. Người dân có dấu hiệu sốt cao liên tục từ 2 - 7 ngày cần đến cơ sở y tế; đường dây nóng của Sở là 0238.3566.115.

Liên quan đến phản ánh về tình trạng xe quá tải trên Quốc lộ 7 và tuyến ĐT.534, đại diện Sở Giao thông vận tải cho biết, trong tháng 10 lực lượng chức năng đã kiểm tra 214 phương tiện, xử phạt 1,36 tỷ đồng; trong đó có xe tải biển kiểm soát 37C-128.45 chở vượt 112% tải trọng cho phép.

Kết thúc họp báo, Chánh Văn phòng UBND tỉnh đề nghị các sở, ngành tiếp tục cung cấp thông tin kịp thời; buổi họp báo tháng 11 dự kiến tổ chức vào 15 giờ ngày 28/11/2024.

Phương Thảo - Hữu Nhật

Xem thêm:
- Nghệ An: 9 tháng thu hút 1,6 tỷ USD vốn FDI, đứng thứ 6 cả nước
- Video: Toàn cảnh kỳ họp thứ 23 HĐND tỉnh khóa XVIII | 05:12
- Bản tin Nông nghiệp: Vụ Đông 2024 gieo trồng 52.000 ha | 12:08

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Giấy phép số 305/GP-BTTTT ngày 12/6/2020 của Bộ Thông tin và Truyền thông.
Địa chỉ: Số 2 Lê Hồng Phong, TP Vinh, Nghệ An. Điện thoại: 0238.3844.215 - Email: ntv@nghean.gov.vn
'''
META = {'published': '2024-10-31', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024-10M', 'modality': 'actual'}
E = dict(modality='estimate')
BR = dict(indicator='budget_revenue')
PI = dict(indicator='public_investment_disbursement')
FIGS = [
 ('10 tháng đạt 19.850 tỷ đồng, vượt', '19.850 tỷ đồng', 'level', 'VND', dict(BR)),
 ('tỷ đồng, vượt 15% dự toán\n', '15%', 'change', '%', dict(BR, direction='up', base='target', status='exceeded')),
 ('ước đạt 19.850 tỷ đồng', '19.850 tỷ đồng', 'level', 'VND', dict(BR, **E)),
 ('vượt 15% so với dự toán năm', '15%', 'change', '%', dict(BR, **E, direction='up', base='target', status='exceeded')),
 ('tăng 14,2% so với cùng kỳ', '14,2%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='same_period')),
 ('ước đạt 285 triệu USD', '285 triệu USD', 'level', 'USD', dict(indicator='export_value', period='2024-M10', **E)),
 ('tăng 6,4% so với tháng trước', '6,4%', 'change', '%', dict(indicator='export_value', period='2024-M10', **E, direction='up', base='previous_period')),
 ('đạt 2,41 tỷ USD', '2,41 tỷ USD', 'level', 'USD', dict(indicator='export_value')),
 ('tăng 21,5% so với cùng kỳ', '21,5%', 'change', '%', dict(indicator='export_value', direction='up', base='same_period')),
 ('có 168 doanh nghiệp', '168', 'level', 'doanh nghiệp', dict(indicator='new_enterprises', period='2024-M10')),
 ('lên 1.512 doanh nghiệp', '1.512', 'level', 'doanh nghiệp', dict(indicator='new_enterprises', direction='up')),
 ('ước đạt 87.340 tỷ đồng', '87.340 tỷ đồng', 'level', 'VND', dict(indicator='retail_sales', **E)),
 ('tăng 11,3%.', '11,3%', 'change', '%', dict(indicator='retail_sales', **E, direction='up')),
 ('được 4.960 tỷ đồng', '4.960 tỷ đồng', 'level', 'VND', dict(PI)),
 ('đạt 60,8% kế hoạch', '60,8%', 'attainment', '%', dict(PI, base='target')),
 ('(khoảng 50,2%)', '50,2%', 'attainment', '%', dict(PI, locality='cả nước', base='target', bound='about')),
 ('trên 95% kế hoạch', '95%', 'attainment', '%', dict(PI, period='2024', modality='target', base='target', bound='over')),
 ('ghi nhận 1.126 ca', '1.126', 'level', 'ca', dict()),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', dict(direction='up', base='same_period')),
 ('với 43 ca', '43', 'level', 'ca', dict(optional=True)),
 ('kiểm tra 214 phương tiện', '214', 'level', 'phương tiện', dict(period='2024-M10')),
 ('xử phạt 1,36 tỷ đồng', '1,36 tỷ đồng', 'level', 'VND', dict(period='2024-M10')),
]
