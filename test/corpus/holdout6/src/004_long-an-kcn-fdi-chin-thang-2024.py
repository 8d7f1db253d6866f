TEXT = '''
Long An thu hút hơn 700 triệu USD vốn FDI trong 9 tháng

Thứ Ba, 08/10/2024, 15:20

(LA) - 9 tháng năm 2024, tỉnh Long An tiếp tục là điểm đến hấp dẫn của nhà đầu tư nước ngoài, với vốn FDI đăng ký mới và điều chỉnh tăng vượt cùng kỳ. Công nghiệp, xuất khẩu phục hồi rõ nét, tạo nền tảng để hoàn thành các chỉ tiêu năm.

KCN Phúc Long, huyện Bến Lức thu hút nhiều nhà đầu tư nước ngoài
KCN Phúc Long, huyện Bến Lức thu hút nhiều nhà đầu tư nước ngoài

Theo Sở Kế hoạch và Đầu tư, từ đầu năm đến ngày 30/9/2024, tỉnh cấp mới 45 dự án FDI với vốn đăng ký 485,6 triệu USD; 38 lượt dự án điều chỉnh tăng vốn thêm 226,9 triệu USD. Tổng cộng vốn FDI đăng ký mới và tăng thêm đạt 712,5 triệu USD, tăng 18,3% so với cùng kỳ, bằng 101,8% kế hoạch năm. Lũy kế đến nay, toàn tỉnh có 1.245 dự án FDI còn hiệu lực với tổng vốn 12,83 tỷ USD.

Các nhà đầu tư đến từ Hàn Quốc, Nhật Bản, Singapore và Trung Quốc chiếm 72,4% số vốn đăng ký mới. Huyện Đức Hòa và huyện Bến Lức dẫn đầu tỉnh, lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD.

Toàn tỉnh hiện có 37 khu công nghiệp được quy hoạch với tổng diện tích hơn 15.000 ha, trong đó 18 KCN đã đi vào hoạt động, tỷ lệ lấp đầy bình quân đạt 78,6%.

Chỉ số sản xuất công nghiệp (IIP) 9 tháng tăng 9,12% so với cùng kỳ. Kim ngạch xuất khẩu ước đạt 6,18 tỷ USD, tăng 12,6%; kim ngạch nhập khẩu ước đạt 4,27 tỷ USD, tăng 8,9%. Thu ngân sách nhà nước ước đạt 15.320 tỷ đồng, bằng 76,6% dự toán; trong đó thu nội địa 11.980 tỷ đồng.

Giải ngân vốn đầu tư công đến hết tháng 9/2024 đạt 4.856 tỷ đồng, đạt 62,3% kế hoạch vốn giao, cao hơn bình quân chung cả nước (47,3%).

Trao đổi với phóng viên, Phó Giám đốc Sở Kế hoạch và Đầu tư Võ Minh Thành cho biết: "Dự kiến cả năm 2024, tỉnh thu hút khoảng 900 triệu USD vốn FDI, gấp rưỡi năm 2023. Chúng tôi ưu tiên dự án công nghệ cao, sử dụng ít lao động, suất đầu tư tối thiểu 3 triệu USD/ha."

Cũng trong 9 tháng, toàn tỉnh có 1.326 doanh nghiệp thành lập mới, giảm 4,7% so với cùng kỳ, với tổng vốn đăng ký 14.560 tỷ đồng. Các KCN đã giải quyết việc làm cho hơn 12.000 lao động, nâng tổng số lao động đang làm việc trong KCN lên khoảng 140.000 người.

Quý IV, tỉnh phấn đấu hoàn thành kế hoạch thu ngân sách 20.000 tỷ đồng và giải ngân trên 95% vốn đầu tư công năm 2024.

Tin liên quan:
Long An: 5 KCN mới được phê duyệt chủ trương đầu tư
Đức Hòa hướng tới 2 cụm công nghiệp xanh

Hồng Ngọc

Chia sẻ bài viết
'''
META = {'published': '2024-10-08', 'locality': 'tỉnh Long An'}
DEFAULTS = {'locality': 'tỉnh Long An', 'period': '2024-9M', 'modality': 'actual'}
E = {'modality': 'estimate'}
T = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('hơn 700 triệu USD', '700 triệu USD', 'level', 'USD', dict(indicator='fdi', bound='over')),
 ('cấp mới 45 dự án', '45', 'level', 'dự án', dict()),
 ('đăng ký 485,6 triệu USD', '485,6 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('38 lượt dự án', '38', 'level', 'lượt dự án', dict()),
 ('thêm 226,9 triệu USD', '226,9 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('đạt 712,5 triệu USD', '712,5 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('tăng 18,3% so với cùng kỳ', '18,3%', 'change', '%', dict(indicator='fdi', direction='up', base='same_period')),
 ('bằng 101,8% kế hoạch năm', '101,8%', 'attainment', '%', dict(indicator='fdi', base='target')),
 ('có 1.245 dự án', '1.245', 'level', 'dự án', dict()),
 ('tổng vốn 12,83 tỷ USD', '12,83 tỷ USD', 'level', 'USD', dict(indicator='fdi')),
 ('chiếm 72,4%', '72,4%', 'level', '%', dict()),
 ('thu hút 198,3 triệu USD', '198,3 triệu USD', 'level', 'USD', dict(indicator='fdi', locality='huyện Đức Hòa')),
 ('và 156,7 triệu USD', '156,7 triệu USD', 'level', 'USD', dict(indicator='fdi', locality='huyện Bến Lức')),
 ('có 37 khu công nghiệp', '37', 'level', 'khu công nghiệp', dict(optional=True)),
 ('hơn 15.000 ha', '15.000 ha', 'level', 'ha', dict(optional=True)),
 ('trong đó 18 KCN', '18', 'level', 'khu công nghiệp', dict(optional=True)),
 ('đạt 78,6%', '78,6%', 'level', '%', dict()),
 ('9 tháng tăng 9,12%', '9,12%', 'change', '%', dict(indicator='industrial_production_index', direction='up', base='same_period')),
 ('ước đạt 6,18 tỷ USD', '6,18 tỷ USD', 'level', 'USD', dict(indicator='export_value', **E)),
 ('tăng 12,6%', '12,6%', 'change', '%', dict(indicator='export_value', direction='up', **E)),
 ('ước đạt 4,27 tỷ USD', '4,27 tỷ USD', 'level', 'USD', dict(indicator='import_value', **E)),
 ('tăng 8,9%', '8,9%', 'change', '%', dict(indicator='import_value', direction='up', **E)),
 ('ước đạt 15.320 tỷ đồng', '15.320 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **E)),
 ('bằng 76,6% dự toán', '76,6%', 'attainment', '%', dict(indicator='budget_revenue', base='target', **E)),
 ('nội địa 11.980 tỷ đồng', '11.980 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 4.856 tỷ đồng', '4.856 tỷ đồng', 'level', 'VND', dict(indicator='public_investment_disbursement')),
 ('đạt 62,3% kế hoạch vốn', '62,3%', 'attainment', '%', dict(indicator='public_investment_disbursement', base='target')),
 ('(47,3%)', '47,3%', 'level', '%', dict(indicator='public_investment_disbursement', locality='cả nước')),
 ('khoảng 900 triệu USD', '900 triệu USD', 'level', 'USD', dict(indicator='fdi', bound='about', period='2024', modality='estimate')),
 ('gấp rưỡi năm 2023', 'gấp rưỡi', 'change', 'lần', dict(value=1.5, indicator='fdi', direction='up', base='2023', period='2024', modality='estimate')),
 ('tối thiểu 3 triệu USD/ha', '3 triệu USD/ha', 'level', 'USD/ha', dict(optional=True)),
 ('có 1.326 doanh nghiệp', '1.326', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('giảm 4,7% so với cùng kỳ', '4,7%', 'change', '%', dict(indicator='new_enterprises', direction='down', base='same_period')),
 ('đăng ký 14.560 tỷ đồng', '14.560 tỷ đồng', 'level', 'VND', dict()),
 ('hơn 12.000 lao động', '12.000', 'level', 'lao động', dict(indicator='jobs_created', bound='over')),
 ('khoảng 140.000 người', '140.000', 'level', 'người', dict(direction='up', bound='about')),
 ('thu ngân sách 20.000 tỷ đồng', '20.000 tỷ đồng', 'level', 'VND', dict(indicator='budget_revenue', **T)),
 ('trên 95% vốn', '95%', 'level', '%', dict(indicator='public_investment_disbursement', bound='over', **T)),
]
