NFD = True
TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Trang chủ | Thời sự | Kinh tế | Xã hội | Việc làm | Giáo dục | Video | Phát thanh | Lịch phát sóng
Thứ Hai, 09/03/2026 | Đường dây nóng: 0296.3852.456

Xã hội

Ngày hội việc làm năm 2026: Hơn 7.200 vị trí tuyển dụng, 1.350 lao động phỏng vấn đạt yêu cầu

09/03/2026 10:20

ATV - Sáng 7/3, tại Trung tâm Hội nghị tỉnh (phường Rạch Giá), Sở Nội vụ phối hợp Trung tâm Dịch vụ việc làm tỉnh tổ chức Ngày hội việc làm - tuyển sinh năm 2026 với sự tham gia của 68 doanh nghiệp, đơn vị, cung cấp hơn 7.200 vị trí việc làm trong và ngoài nước, gấp 1,5 lần ngày hội năm 2025.

▶ Ngày hội việc làm - tuyển sinh năm 2026 | 03:45

Trong số đơn vị tham gia, 52 doanh nghiệp trong nước tuyển 5.860 lao động, chủ yếu ở các ngành may mặc, chế biến thủy sản, điện tử; 16 đơn vị tuyển lao động đi làm việc tại Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) với 1.380 chỉ tiêu. Mức lương doanh nghiệp đưa ra từ 6 - 12 triệu đồng/tháng với lao động phổ thông, 15 - 20 triệu đồng/tháng với lao động có tay nghề; đi làm việc tại Nhật Bản thu nhập khoảng 28 - 35 triệu đồng/tháng.

Ngày hội diễn ra từ 7 giờ 30 đến 11 giờ 30, thu hút hơn 4.500 lượt người lao động và học sinh tham dự. Có 2.860 người được tư vấn việc làm, học nghề; 1.350 lao động được phỏng vấn đạt yêu cầu, trong đó 210 người đăng ký đi làm việc ở nước ngoài. Các tuyến xe buýt số 5 và số 12 tăng chuyến phục vụ người đến ngày hội.

Anh Lê Văn Khoa (24 tuổi, ngụ xã Vĩnh Thạnh Trung) vừa nhận lời mời làm kỹ thuật viên điện tử với mức lương thử việc 9 triệu đồng/tháng: "Tôi nộp hồ sơ ở 3 gian, được 2 nơi hẹn đi làm ngay sau ngày 15/3".

Ở khu vực tuyển sinh, 14 trường cao đẳng, trung cấp và trung tâm giáo dục nghề nghiệp giới thiệu hơn 60 ngành nghề; 640 học sinh đã đăng ký xét tuyển học nghề ngay tại ngày hội. Theo Quyết định số 215/QĐ-UBND, người học nghề thuộc hộ nghèo được hỗ trợ học phí và tiền ăn 40.000 đồng/ngày.

Theo Sở Nội vụ, năm 2025 toàn tỉnh giải quyết việc làm cho 52.400 lao động, đạt 104,8% kế hoạch; đưa 3.920 người đi làm việc ở nước ngoài theo hợp đồng, tăng 21,7% so với năm 2024; tuyển sinh, đào tạo nghề cho 61.300 người. Tỷ lệ lao động qua đào tạo đạt 71,2%, trong đó có bằng cấp, chứng chỉ đạt 31,4%; tỷ lệ thất nghiệp khu vực thành thị 2,86%.

Năm 2026, tỉnh phấn đấu giải quyết việc làm cho 50.000 lao động trở lên, trong đó đưa ít nhất 4.000 người đi làm việc ở nước ngoài; tỷ lệ lao động qua đào tạo đạt 72 - 73%. Trung tâm Dịch vụ việc làm tỉnh duy trì phiên giao dịch việc làm định kỳ vào ngày 15 và 30 hằng tháng; người lao động có thể đăng ký qua số điện thoại 0297.3877.139.

Thanh Tâm - Huỳnh Như

▶ Video: Lao động Kiên Giang cũ sang Hàn Quốc theo chương trình EPS | 06:02

Xem thêm
- An Giang: Hơn 1.000 lao động được tuyển dụng sau Tết Bính Ngọ
- Phú Quốc cần 3.000 lao động ngành du lịch năm 2026

BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Giấy phép số 97/GP-BVHTTDL ngày 30/7/2025. Địa chỉ: 316 Trần Hưng Đạo, phường Long Xuyên, tỉnh An Giang.
'''
META = {'published': '2026-03-09', 'locality': 'tỉnh An Giang'}
DEFAULTS = {'locality': 'tỉnh An Giang', 'period': '2026', 'modality': 'actual'}
Y25 = dict(period='2025')
T26 = dict(period='2026', modality='target')
FIGS = [
 ('Hơn 7.200 vị trí', '7.200', 'level', 'vị trí', dict(bound='over')),
 ('tuyển dụng, 1.350 lao động', '1.350', 'level', 'lao động', dict()),
 ('của 68 doanh nghiệp', '68', 'level', 'doanh nghiệp', dict()),
 ('hơn 7.200 vị trí', '7.200', 'level', 'vị trí', dict(bound='over')),
 ('gấp 1,5 lần', '1,5 lần', 'change', 'lần', dict(direction='up', base='same_period')),
 (', 52 doanh nghiệp', '52', 'level', 'doanh nghiệp', dict()),
 ('tuyển 5.860 lao động', '5.860', 'level', 'lao động', dict()),
 ('; 16 đơn vị', '16', 'level', 'đơn vị', dict()),
 ('với 1.380 chỉ tiêu', '1.380', 'level', 'chỉ tiêu', dict()),
 ('từ 6 - 12 triệu đồng/tháng', '6 - 12 triệu đồng/tháng', 'level', 'VND/tháng', dict()),
 ('15 - 20 triệu đồng/tháng', '15 - 20 triệu đồng/tháng', 'level', 'VND/tháng', dict()),
 ('khoảng 28 - 35 triệu đồng/tháng', '28 - 35 triệu đồng/tháng', 'level', 'VND/tháng', dict(bound='about')),
 ('hơn 4.500 lượt', '4.500', 'level', 'lượt người', dict(bound='over')),
 ('Có 2.860 người', '2.860', 'level', 'người', dict()),
 ('; 1.350 lao động', '1.350', 'level', 'lao động', dict()),
 ('đó 210 người', '210', 'level', 'người', dict()),
 (', 14 trường', '14', 'level', 'trường', dict()),
 ('hơn 60 ngành nghề', '60', 'level', 'ngành nghề', dict(optional=True)),
 ('; 640 học sinh', '640', 'level', 'học sinh', dict()),
 ('ăn 40.000 đồng/ngày', '40.000 đồng/ngày', 'level', 'VND/ngày', dict(optional=True)),
 ('cho 52.400 lao động', '52.400', 'level', 'lao động', dict(Y25, indicator='jobs_created')),
 ('đạt 104,8% kế hoạch', '104,8%', 'attainment', '%', dict(Y25, indicator='jobs_created', base='target')),
 ('đưa 3.920 người', '3.920', 'level', 'người', dict(Y25, indicator='labour_export')),
 ('tăng 21,7% so với năm 2024', '21,7%', 'change', '%', dict(Y25, indicator='labour_export', direction='up', base='2024')),
 ('cho 61.300 người', '61.300', 'level', 'người', dict(Y25, indicator='vocational_training')),
 ('đạt 71,2%', '71,2%', 'level', '%', dict(Y25, indicator='trained_labour_rate')),
 ('đạt 31,4%', '31,4%', 'level', '%', dict(Y25, indicator='trained_labour_rate')),
 ('thị 2,86%', '2,86%', 'level', '%', dict(Y25, indicator='unemployment_rate')),
 ('cho 50.000 lao động', '50.000', 'level', 'lao động', dict(T26, indicator='jobs_created', bound='at_least')),
 ('ít nhất 4.000 người', '4.000', 'level', 'người', dict(T26, indicator='labour_export', bound='at_least')),
 ('đạt 72 - 73%', '72 - 73%', 'level', '%', dict(T26, indicator='trained_labour_rate')),
]
