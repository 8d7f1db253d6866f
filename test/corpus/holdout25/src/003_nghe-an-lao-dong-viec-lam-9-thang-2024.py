TEXT = '''
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NGHỆ AN
Trang chủ > Tin hoạt động > Lao động - Việc làm
Lượt xem: 1.245

Nghệ An: 9 tháng năm 2024 giải quyết việc làm cho 36.820 lao động

Cập nhật: 08/10/2024 15:02

Trong 9 tháng đầu năm 2024, toàn tỉnh đã giải quyết việc làm cho 36.820 lao động, đạt 90,8% kế hoạch năm, tăng 4,2% so với cùng kỳ năm 2023; trong đó đưa 14.960 người đi làm việc ở nước ngoài theo hợp đồng.

Theo Sở Lao động - Thương binh và Xã hội, số lao động đi làm việc ở nước ngoài 9 tháng qua bằng 99,7% kế hoạch năm (kế hoạch 15.000 người). Thị trường chủ yếu vẫn là Nhật Bản với 6.240 người, Đài Loan (Trung Quốc) 4.915 người, Hàn Quốc 1.870 người; còn lại là các thị trường châu Âu, Trung Đông. Các huyện Quỳnh Lưu, Diễn Châu và Yên Thành là những địa phương có số lao động xuất cảnh nhiều nhất, lần lượt 1.412, 1.305 và 1.188 người.

Về đào tạo nghề, các cơ sở giáo dục nghề nghiệp đã tuyển sinh, đào tạo cho 58.430 người, đạt 77,9% kế hoạch; trong đó trình độ cao đẳng 6.120 người, trung cấp 9.870 người, sơ cấp và đào tạo dưới 3 tháng 42.440 người. Tỷ lệ lao động qua đào tạo ước đạt 70,5%, trong đó có văn bằng, chứng chỉ đạt 30,2%.

Tỷ lệ thất nghiệp ở khu vực thành thị 9 tháng ước khoảng 3,12%, giảm 0,15 điểm phần trăm so với cùng kỳ. Trung tâm Dịch vụ việc làm tỉnh đã tổ chức 27 phiên giao dịch việc làm, tư vấn cho hơn 41.000 lượt người; tiếp nhận 12.356 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 9,6%.

Tại Khu kinh tế Đông Nam và các khu công nghiệp, hiện có 128 dự án đi vào hoạt động, sử dụng khoảng 45.600 lao động, tăng 5.300 lao động so với cuối năm 2023. Thu nhập bình quân của người lao động trong các khu công nghiệp đạt 7,8 triệu đồng/người/tháng, tăng 6% so với cùng kỳ. Bảo hiểm xã hội tỉnh đã chi trả trợ cấp thất nghiệp 214,6 tỷ đồng cho 11.930 người.

Anh Lê Văn Thuỷ (29 tuổi, xã Nghĩa Hoà, huyện Nghĩa Đàn) vừa trở về sau 3 năm làm việc tại Nhật Bản cho biết, anh tích luỹ được khoảng 700 triệu đồng và đang dự định mở một xưởng cơ khí nhỏ, nhận 5 - 7 thợ trong xã.

Bà Nguyễn Thị Hoà, Phó Giám đốc Sở, cho biết thời gian tới Sở sẽ phối hợp với các doanh nghiệp dịch vụ uy tín, kiên quyết xử lý các trường hợp tuyển dụng "chui", thu phí sai quy định; đồng thời tuỳ từng thị trường để định hướng lao động học ngoại ngữ trước khi xuất cảnh.

Quý IV/2024, ngành phấn đấu giải quyết việc làm thêm 9.500 lao động để cả năm đạt trên 46.000 lao động; đưa khoảng 3.000 người đi làm việc ở nước ngoài.

Thanh Thuỷ

Tin liên quan
- Hội nghị sơ kết 6 tháng công tác lao động, người có công và xã hội
- Nghệ An: Ngày hội việc làm lần thứ 5 tại thành phố Vinh
- Hướng dẫn hồ sơ hưởng trợ cấp thất nghiệp theo Nghị định 28/2015/NĐ-CP

Địa chỉ: số 121 đường Lê Hồng Phong, thành phố Vinh. Điện thoại: 0238 3844 597
'''
META = {'published': '2024-10-08', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024-9M', 'modality': 'actual'}
J = {'indicator': 'jobs_created'}
X = {'indicator': 'labour_export'}
V = {'indicator': 'vocational_training'}
R = {'indicator': 'trained_labour_rate', 'modality': 'estimate'}
U = {'indicator': 'unemployment_rate', 'modality': 'estimate'}
FIGS = [
 ('2024 giải quyết việc làm cho 36.820', '36.820', 'level', 'lao động', dict(J)),
 ('cho 36.820 lao động, đạt', '36.820', 'level', 'lao động', dict(J)),
 ('đạt 90,8% kế hoạch', '90,8%', 'attainment', '%', dict(J, base='target')),
 ('tăng 4,2%', '4,2%', 'change', '%', dict(J, direction='up', base='same_period')),
 ('đưa 14.960 người', '14.960', 'level', 'người', dict(X)),
 ('bằng 99,7% kế hoạch', '99,7%', 'attainment', '%', dict(X, base='target')),
 ('kế hoạch 15.000 người', '15.000', 'level', 'người', dict(X, period='2024', modality='target')),
 ('với 6.240 người', '6.240', 'level', 'người', dict(X)),
 ('Quốc) 4.915 người', '4.915', 'level', 'người', dict(X)),
 ('Quốc 1.870 người', '1.870', 'level', 'người', dict(X)),
 ('lượt 1.412', '1.412', 'level', 'người', dict(X, locality='huyện Quỳnh Lưu')),
 (', 1.305 và', '1.305', 'level', 'người', dict(X, locality='huyện Diễn Châu')),
 ('và 1.188 người', '1.188', 'level', 'người', dict(X, locality='huyện Yên Thành')),
 ('cho 58.430 người', '58.430', 'level', 'người', dict(V)),
 ('đạt 77,9% kế hoạch', '77,9%', 'attainment', '%', dict(V, base='target')),
 ('đẳng 6.120 người', '6.120', 'level', 'người', dict(V)),
 ('cấp 9.870 người', '9.870', 'level', 'người', dict(V)),
 ('tháng 42.440 người', '42.440', 'level', 'người', dict(V)),
 ('đạt 70,5%', '70,5%', 'level', '%', dict(R)),
 ('đạt 30,2%', '30,2%', 'level', '%', dict(R)),
 ('khoảng 3,12%', '3,12%', 'level', '%', dict(U, bound='about')),
 ('giảm 0,15 điểm phần trăm', '0,15 điểm phần trăm', 'change', 'điểm %', dict(U, direction='down', base='same_period')),
 ('chức 27 phiên', '27', 'level', 'phiên', dict(optional=True)),
 ('hơn 41.000 lượt người', '41.000', 'level', 'lượt người', dict(bound='over')),
 ('nhận 12.356 hồ sơ', '12.356', 'level', 'hồ sơ', dict()),
 ('tăng 9,6%', '9,6%', 'change', '%', dict(direction='up')),
 ('có 128 dự án', '128', 'level', 'dự án', dict(optional=True)),
 ('khoảng 45.600 lao động', '45.600', 'level', 'lao động', dict(bound='about')),
 ('tăng 5.300 lao động', '5.300', 'change', 'lao động', dict(direction='up', base='2023')),
 ('đạt 7,8 triệu đồng', '7,8 triệu đồng', 'level', 'VND/người/tháng', dict()),
 ('tăng 6%', '6%', 'change', '%', dict(direction='up', base='same_period')),
 ('nghiệp 214,6 tỷ đồng', '214,6 tỷ đồng', 'level', 'VND', dict()),
 ('cho 11.930 người', '11.930', 'level', 'người', dict()),
 ('thêm 9.500 lao động', '9.500', 'level', 'lao động', dict(J, period='2024-Q4', modality='target')),
 ('trên 46.000 lao động', '46.000', 'level', 'lao động', dict(J, period='2024', modality='target', bound='over')),
 ('khoảng 3.000 người', '3.000', 'level', 'người', dict(X, period='2024-Q4', modality='target', bound='about')),
]
