TEXT = '''
Đặc khu Phú Quốc đón hơn 6,9 triệu lượt khách trong 10 tháng

08/11/2025 - 09:30

(BAG) - Theo Ban Quản lý Khu kinh tế Phú Quốc, 10 tháng năm 2025, đặc khu Phú Quốc đón hơn 6,9 triệu lượt khách, tăng 22,4% so với cùng kỳ, đạt 86,3% kế hoạch năm; trong đó khách quốc tế đạt 1,42 triệu lượt, tăng 48,5%. Tổng doanh thu du lịch ước đạt 58.400 tỷ đồng, tăng 31,2% so với cùng kỳ.

Đặc khu Phú Quốc được thành lập từ ngày 1/7/2025 trên cơ sở toàn bộ diện tích tự nhiên và quy mô dân số của thành phố Phú Quốc cũ, trực thuộc tỉnh An Giang (mới) sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang. Mô hình đặc khu giúp rút ngắn quy trình thủ tục cho nhà đầu tư và du khách.

Lượng khách quốc tế tăng mạnh nhờ chính sách miễn thị thực 30 ngày và 42 đường bay quốc tế trực tiếp đến Cảng hàng không quốc tế Phú Quốc. Hàn Quốc, Trung Quốc, Đài Loan (Trung Quốc) và Ấn Độ là các thị trường dẫn đầu.

Đến nay, trên địa bàn đặc khu có 312 dự án đầu tư còn hiệu lực với tổng vốn đăng ký hơn 465.000 tỷ đồng. Trong 10 tháng, đặc khu thu hút mới 9 dự án, vốn đăng ký 21.600 tỷ đồng.

Thu ngân sách nhà nước trên địa bàn đặc khu 10 tháng đạt 7.820 tỷ đồng, bằng 91,5% dự toán năm, chiếm khoảng 31% tổng thu ngân sách toàn tỉnh.

Hiện đặc khu có hơn 600 cơ sở lưu trú với 18.600 phòng; công suất phòng bình quân đạt 68%, riêng các khu nghỉ dưỡng ở Bãi Dài, Bãi Kem đạt trên 80%.

Ông Trần Minh Khoa, Trưởng Ban Quản lý Khu kinh tế Phú Quốc cho biết, năm 2026, đặc khu phấn đấu đón 8,5 triệu lượt khách, trong đó 2 triệu lượt khách quốc tế, đồng thời đẩy nhanh các công trình phục vụ Hội nghị APEC 2027.

Hoàng Vũ
'''
META = {'published': '2025-11-08', 'locality': 'đặc khu Phú Quốc'}
DEFAULTS = {'locality': 'đặc khu Phú Quốc', 'period': '2025-10M', 'modality': 'actual'}
T = {'modality': 'target', 'period': '2026'}
FIGS = [
 ('hơn 6,9 triệu lượt khách trong', '6,9 triệu lượt khách', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='over')),
 ('hơn 6,9 triệu lượt khách,', '6,9 triệu lượt khách', 'level', 'lượt khách', dict(indicator='tourist_arrivals', bound='over')),
 ('tăng 22,4%', '22,4%', 'change', '%', dict(indicator='tourist_arrivals', direction='up', base='same_period')),
 ('đạt 86,3%', '86,3%', 'attainment', '%', dict(indicator='tourist_arrivals', base='target')),
 ('1,42 triệu lượt', '1,42 triệu lượt', 'level', 'lượt', dict(indicator='international_tourist_arrivals')),
 ('tăng 48,5%', '48,5%', 'change', '%', dict(indicator='international_tourist_arrivals', direction='up')),
 ('58.400 tỷ đồng', '58.400 tỷ đồng', 'level', 'VND', dict(indicator='tourism_revenue', modality='estimate')),
 ('tăng 31,2%', '31,2%', 'change', '%', dict(indicator='tourism_revenue', direction='up', base='same_period', modality='estimate')),
 ('42 đường bay', '42', 'level', 'đường bay', dict(optional=True)),
 ('312 dự án', '312', 'level', 'dự án', dict()),
 ('465.000 tỷ đồng', '465.000 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('mới 9 dự án', '9', 'level', 'dự án', dict()),
 ('21.600 tỷ đồng', '21.600 tỷ đồng', 'level', 'VND', dict()),
 ('7.820 tỷ đồng', '7.820 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue')),
 ('bằng 91,5%', '91,5%', 'attainment', '%', dict(indicator='budget_revenue', base='target')),
 ('khoảng 31%', '31%', 'level', '%', dict(bound='about')),
 ('600 cơ sở', '600', 'level', 'cơ sở lưu trú', dict(bound='over')),
 ('18.600 phòng', '18.600', 'level', 'phòng', dict()),
 ('đạt 68%', '68%', 'level', '%', dict()),
 ('trên 80%', '80%', 'level', '%', dict(bound='over')),
 ('8,5 triệu lượt khách', '8,5 triệu lượt khách', 'level', 'lượt khách', dict(indicator='tourist_arrivals', **T)),
 ('2 triệu lượt khách quốc tế', '2 triệu lượt khách', 'level', 'lượt khách', dict(indicator='international_tourist_arrivals', **T)),
]
