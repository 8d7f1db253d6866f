TEXT = '''
Báo Gia Lai
Thời sự | Kinh tế | Xã hội | Lao động - Việc làm | Giáo dục | Văn hóa | Pháp luật

Quý I/2026, Gia Lai đưa 1.284 lao động đi làm việc ở nước ngoài

10/04/2026 | 14:05 GMT+7

(GLO) - Quý I/2026, toàn tỉnh giải quyết việc làm cho 11.420 lao động, đạt 27,8% kế hoạch năm; trong đó đưa 1.284 người đi làm việc ở nước ngoài theo hợp đồng, tăng 16,5% so với cùng kỳ.

Nhật Bản vẫn là thị trường lớn nhất

Theo Sở Nội vụ, thị trường tiếp nhận nhiều lao động của tỉnh nhất là Nhật Bản với 712 người, tiếp đến là Hàn Quốc 298 người (chủ yếu theo Chương trình EPS) và Đài Loan (Trung Quốc) 231 người; số còn lại đi Hungary, Romania, Australia. Riêng khu vực Bình Định cũ có 836 người xuất cảnh, chiếm 65,1% tổng số lao động đi làm việc ở nước ngoài của tỉnh.

Anh Ksor Y Ban (26 tuổi, làng Plei Ơi, xã Ia Pa) vừa xuất cảnh sang Nhật Bản làm việc trong ngành xây dựng, mức lương khoảng 32 triệu đồng/tháng. “Gia đình tôi được Ngân hàng Chính sách xã hội cho vay 100 triệu đồng để đóng phí, học tiếng 6 tháng. Đi 3 năm, tôi tính để dành được 500 triệu đồng về làm nhà”, anh Ban nói trước ngày bay.

Phiên giao dịch việc làm ngày 15/3 tại phường Quy Nhơn có 42 doanh nghiệp tham gia, tuyển dụng 2.600 vị trí, tập trung vào lao động từ 18 - 35 tuổi.

Đào tạo nghề gắn với nhu cầu doanh nghiệp

Các cơ sở giáo dục nghề nghiệp trên địa bàn tuyển sinh, đào tạo 9.860 người, đạt 21,9% kế hoạch năm. Tỷ lệ lao động qua đào tạo ước đạt 71,5%, trong đó có bằng cấp, chứng chỉ 31,2%.

Trong quý, 4.316 người nộp hồ sơ hưởng trợ cấp thất nghiệp, tăng 9,7% so với cùng kỳ; 4.102 người có quyết định hưởng với tổng số tiền 98,4 tỷ đồng. Tỷ lệ thất nghiệp khu vực thành thị ước 2,86%.

Bảo hiểm xã hội tự nguyện tăng mạnh

Theo Bảo hiểm xã hội tỉnh, đến hết tháng 3/2026, toàn tỉnh có 398.260 người tham gia bảo hiểm xã hội, chiếm 21,4% lực lượng lao động trong độ tuổi; trong đó bảo hiểm xã hội tự nguyện 86.540 người, tăng 12.310 người so với cùng kỳ. Số người tham gia bảo hiểm thất nghiệp 296.700 người, chiếm 16,0% lực lượng lao động. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,2% dân số.

Đến cuối tháng 3, số tiền chậm đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp là 312 tỷ đồng, chiếm 4,1% số phải thu. Trong quý, cơ quan bảo hiểm xã hội chi trả lương hưu, trợ cấp hằng tháng cho 52.180 người với tổng số tiền 1.245 tỷ đồng.

Bà Đinh Thị Hoa, Giám đốc Bảo hiểm xã hội tỉnh cho biết, từ ngày 1/7/2025, Luật Bảo hiểm xã hội năm 2024 có hiệu lực, người tham gia bảo hiểm xã hội tự nguyện chỉ cần 15 năm đóng là đủ điều kiện hưởng lương hưu, thay vì 20 năm như trước; người thuộc hộ nghèo được Nhà nước hỗ trợ 50% mức đóng.

Năm 2026, tỉnh phấn đấu giải quyết việc làm cho 41.000 lao động, đưa 4.500 người đi làm việc ở nước ngoài; tỷ lệ người tham gia bảo hiểm xã hội đạt 24% lực lượng lao động trong độ tuổi.

Mọi thông tin liên quan đến chính sách bảo hiểm xã hội, người dân liên hệ tổng đài 1900 9068.

Nguyễn Thủy - Lê Na

Tin cùng chuyên mục:
- Gia Lai: Hơn 2.000 lao động tìm được việc qua sàn giao dịch
- Chi trả trợ cấp thất nghiệp cho 15.600 người trong năm 2025
- Tuyển 300 lao động đi làm việc tại Hàn Quốc theo Chương trình EPS
'''
META = {'published': '2026-04-10', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2026-Q1', 'modality': 'actual'}
L = dict(indicator='labour_export')
J = dict(indicator='jobs_created')
X = dict(indicator='social_insurance_coverage')
M3 = dict(period='2026-M03')
T = dict(period='2026', modality='target')
FIGS = [
 ('đưa 1.284 lao động', '1.284', 'level', 'lao động', dict(**L)),
 ('cho 11.420 lao động', '11.420', 'level', 'lao động', dict(**J)),
 ('đạt 27,8% kế hoạch', '27,8%', 'attainment', '%', dict(**J, base='target')),
 ('đưa 1.284 người', '1.284', 'level', 'người', dict(**L)),
 ('tăng 16,5%', '16,5%', 'change', '%', dict(**L, direction='up', base='same_period')),
 ('với 712 người', '712', 'level', 'người', dict(**L)),
 ('Quốc 298 người', '298', 'level', 'người', dict(**L)),
 ('231 người', '231', 'level', 'người', dict(**L)),
 ('có 836 người', '836', 'level', 'người', dict(**L, locality='tỉnh Bình Định')),
 ('chiếm 65,1%', '65,1%', 'level', '%', dict(**L, locality='tỉnh Bình Định')),
 ('có 42 doanh nghiệp', '42', 'level', 'doanh nghiệp', dict(optional=True)),
 ('dụng 2.600 vị trí', '2.600', 'level', 'vị trí', dict(optional=True)),
 ('đào tạo 9.860 người', '9.860', 'level', 'người', dict(indicator='vocational_training')),
 ('đạt 21,9% kế hoạch', '21,9%', 'attainment', '%', dict(indicator='vocational_training', base='target')),
 ('ước đạt 71,5%', '71,5%', 'level', '%', dict(indicator='trained_labour_rate', modality='estimate')),
 ('chứng chỉ 31,2%', '31,2%', 'level', '%', dict(indicator='trained_labour_rate', modality='estimate')),
 ('quý, 4.316 người', '4.316', 'level', 'người', dict()),
 ('tăng 9,7%', '9,7%', 'change', '%', dict(direction='up', base='same_period')),
 ('4.102 người', '4.102', 'level', 'người', dict()),
 ('tiền 98,4 tỷ đồng', '98,4 tỷ đồng', 'level', 'VND', dict()),
 ('ước 2,86%', '2,86%', 'level', '%', dict(indicator='unemployment_rate', modality='estimate')),
 ('có 398.260 người', '398.260', 'level', 'người', dict(**X, **M3)),
 ('chiếm 21,4%', '21,4%', 'level', '%', dict(**X, **M3)),
 ('nguyện 86.540 người', '86.540', 'level', 'người', dict(**X, **M3)),
 ('tăng 12.310 người', '12.310', 'change', 'người', dict(**X, **M3, direction='up', base='same_period')),
 ('nghiệp 296.700 người', '296.700', 'level', 'người', dict(**M3)),
 ('chiếm 16,0%', '16,0%', 'level', '%', dict(**M3)),
 ('đạt 94,2% dân số', '94,2%', 'level', '%', dict(**M3, indicator='health_insurance_coverage')),
 ('là 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', dict(**M3)),
 ('chiếm 4,1%', '4,1%', 'level', '%', dict(**M3)),
 ('cho 52.180 người', '52.180', 'level', 'người', dict()),
 ('tiền 1.245 tỷ đồng', '1.245 tỷ đồng', 'level', 'VND', dict()),
 ('hỗ trợ 50% mức đóng', '50%', 'level', '%', dict(optional=True)),
 ('cho 41.000 lao động', '41.000', 'level', 'lao động', dict(**J, **T)),
 ('đưa 4.500 người', '4.500', 'level', 'người', dict(**L, **T)),
 ('đạt 24% lực lượng', '24%', 'level', '%', dict(**X, **T)),
]
