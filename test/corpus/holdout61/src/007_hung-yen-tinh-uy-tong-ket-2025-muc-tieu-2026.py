TEXT = '''
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Video | Podcast

09/01/2026 | 15:20

Năm 2025, tăng trưởng GRDP tỉnh Hưng Yên ước đạt 9,12%

(HYO) - Ngày 8/1, Ban Chấp hành Đảng bộ tỉnh khóa I tổ chức hội nghị lần thứ 4 đánh giá kết quả thực hiện nhiệm vụ năm 2025, triển khai nhiệm vụ năm 2026 - năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.

Quang cảnh hội nghị tại phường Phố Hiến.

Năm 2025, dù phải cùng lúc thực hiện sắp xếp, hợp nhất tỉnh và tổ chức chính quyền địa phương hai cấp, kinh tế của tỉnh vẫn tăng trưởng cao. Tốc độ tăng trưởng GRDP (tính chung cả khu vực Thái Bình cũ) ước đạt 9,12%, cao hơn mức tăng 7,65% của năm 2024; trong đó khu vực công nghiệp - xây dựng tăng 12,36%, dịch vụ tăng 7,14%, nông, lâm nghiệp và thủy sản tăng 2,05%. Quy mô GRDP ước đạt 268.700 tỷ đồng; GRDP bình quân đầu người đạt 79,6 triệu đồng.

Thu ngân sách nhà nước trên địa bàn đạt 61.850 tỷ đồng, bằng 134,5% dự toán Trung ương giao, tăng 21,8% so với năm 2024; trong đó thu nội địa 52.300 tỷ đồng. Giải ngân vốn đầu tư công đến ngày 31/12/2025 đạt 96,2% kế hoạch. Tỉnh thu hút 168 dự án đầu tư mới, trong đó có 52 dự án FDI với tổng vốn đăng ký 1,86 tỷ USD. Kim ngạch xuất khẩu ước đạt 12,4 tỷ USD, tăng 14,6%; kim ngạch của khu vực Hưng Yên cũ và khu vực Thái Bình cũ lần lượt là 8,1 tỷ USD và 4,3 tỷ USD.

Tỷ lệ hộ nghèo giảm còn 0,85%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%, tăng 0,9 điểm phần trăm so với năm 2024. Sau sắp xếp, tỉnh có 104 xã, phường, 100% xã, phường vận hành ổn định mô hình chính quyền địa phương hai cấp.

Trong 22 chỉ tiêu chủ yếu năm 2025, có 19 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu xấp xỉ đạt, 1 chỉ tiêu không đạt là tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (đạt 34,2%, kế hoạch 36%).

Năm 2026, Ban Chấp hành Đảng bộ tỉnh thống nhất 24 chỉ tiêu chủ yếu, trong đó:
- Tốc độ tăng trưởng GRDP từ 10% trở lên;
- GRDP bình quân đầu người đạt 88 - 90 triệu đồng;
- Thu ngân sách nhà nước trên địa bàn 65.000 tỷ đồng;
- Kim ngạch xuất khẩu tăng 12 - 15% so với năm 2025;
- Tỷ lệ hộ nghèo giảm 0,1 - 0,2 điểm phần trăm;
- Tỷ lệ lao động qua đào tạo đạt 76%, trong đó có bằng cấp, chứng chỉ 37,5%;
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95% trở lên;
- Kết nạp 4.200 đảng viên mới.

Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy nhấn mạnh, năm 2026 phải tạo được khí thế mới ngay từ tháng đầu, quý đầu; tập trung tháo gỡ vướng mắc cho 12 dự án động lực, sớm khởi công tuyến đường vành đai kết nối hai khu vực.

Phạm Hoàng

Tin liên quan
- Hưng Yên: 104 xã, phường hoàn thành đại hội đảng bộ nhiệm kỳ 2025 - 2030
- Khu vực Thái Bình cũ đón 3 dự án FDI quy mô trên 100 triệu USD

Đường dây nóng: 0221.3862.505 | Email: toasoan@hungyen.vn
'''
META = {'published': '2026-01-09', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'period': '2026', 'modality': 'target'}
RT = {'indicator': 'resolution_targets'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('tỉnh Hưng Yên ước đạt 9,12%', '9,12%', 'level', '%', d(E, indicator='grdp_growth')),
 ('cũ) ước đạt 9,12%', '9,12%', 'level', '%', d(E, indicator='grdp_growth')),
 ('mức tăng 7,65%', '7,65%', 'change', '%', d(U, indicator='grdp_growth', period='2024')),
 ('xây dựng tăng 12,36%', '12,36%', 'change', '%', d(U)),
 ('dịch vụ tăng 7,14%', '7,14%', 'change', '%', d(U)),
 ('thủy sản tăng 2,05%', '2,05%', 'change', '%', d(U)),
 ('ước đạt 268.700 tỷ đồng', '268.700 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('đạt 79,6 triệu đồng', '79,6 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita')),
 ('đạt 61.850 tỷ đồng', '61.850 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 134,5% dự toán', '134,5%', 'attainment', '%', d(indicator='budget_revenue', base='target')),
 ('tăng 21,8% so với năm 2024', '21,8%', 'change', '%', d(U, indicator='budget_revenue', base='2024')),
 ('nội địa 52.300 tỷ đồng', '52.300 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('đạt 96,2% kế hoạch', '96,2%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('thu hút 168 dự án', '168', 'level', 'dự án', d()),
 ('có 52 dự án', '52', 'level', 'dự án', d()),
 ('ký 1,86 tỷ USD', '1,86 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('ước đạt 12,4 tỷ USD', '12,4 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('tăng 14,6%', '14,6%', 'change', '%', d(E, U, indicator='export_value')),
 ('là 8,1 tỷ USD', '8,1 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('và 4,3 tỷ USD', '4,3 tỷ USD', 'level', 'USD', d(indicator='export_value', locality='tỉnh Thái Bình')),
 ('giảm còn 0,85%', '0,85%', 'level', '%', d(D, indicator='poverty_rate')),
 ('đạt 94,6%', '94,6%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('tăng 0,9 điểm phần trăm', '0,9 điểm phần trăm', 'change', 'điểm %', d(U, indicator='health_insurance_coverage', base='2024')),
 ('có 104 xã, phường,', '104', 'level', 'xã', d(optional=True)),
 ('100% xã, phường vận hành', '100%', 'level', '%', d()),
 ('Trong 22 chỉ tiêu', '22', 'level', 'chỉ tiêu', d(RT)),
 ('có 19 chỉ tiêu', '19', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('2 chỉ tiêu xấp xỉ đạt', '2', 'level', 'chỉ tiêu', d(RT, status='nearly')),
 ('1 chỉ tiêu không đạt', '1', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('(đạt 34,2%', '34,2%', 'level', '%', d(indicator='trained_labour_rate')),
 ('kế hoạch 36%', '36%', 'level', '%', d(indicator='trained_labour_rate', modality='target')),
 ('thống nhất 24 chỉ tiêu', '24', 'level', 'chỉ tiêu', d(T, RT)),
 ('GRDP từ 10% trở lên', '10%', 'level', '%', d(T, indicator='grdp_growth', bound='at_least')),
 ('88 - 90 triệu đồng', '88 - 90 triệu đồng', 'level', 'VND/người/năm', d(T, indicator='grdp_per_capita')),
 ('bàn 65.000 tỷ đồng', '65.000 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue')),
 ('tăng 12 - 15%', '12 - 15%', 'change', '%', d(T, U, indicator='export_value', base='2025')),
 ('giảm 0,1 - 0,2 điểm phần trăm', '0,1 - 0,2 điểm phần trăm', 'change', 'điểm %', d(T, D, indicator='poverty_rate')),
 ('đào tạo đạt 76%', '76%', 'level', '%', d(T, indicator='trained_labour_rate')),
 ('chứng chỉ 37,5%', '37,5%', 'level', '%', d(T, indicator='trained_labour_rate')),
 ('đạt 95% trở lên', '95%', 'level', '%', d(T, indicator='health_insurance_coverage', bound='at_least')),
 ('Kết nạp 4.200 đảng viên', '4.200', 'level', 'đảng viên', d(T, indicator='new_party_members')),
 ('cho 12 dự án động lực', '12', 'level', 'dự án', d(optional=True)),
]
