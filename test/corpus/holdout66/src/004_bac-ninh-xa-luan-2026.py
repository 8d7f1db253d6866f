TEXT = '''
BẮC NINH ĐIỆN TỬ | baobacninh.vn
Thứ Ba, ngày 06/01/2026

XÃ LUẬN

Vững bước vào năm đầu nhiệm kỳ mới

Năm 2025 khép lại với những con số đáng tự hào. Lần đầu tiên sau hợp nhất, tỉnh Bắc Ninh mới bước vào năm 2026 với quy mô kinh tế thuộc nhóm dẫn đầu cả nước và một khí thế mới.

Trước hết là tăng trưởng. Theo số liệu của Thống kê tỉnh, tổng sản phẩm trên địa bàn (GRDP) năm 2025 ước tăng 11,3%, cao hơn 1,3 điểm phần trăm so với mục tiêu đề ra đầu năm và cao gấp rưỡi mức tăng chung của cả nước. Quy mô GRDP theo giá hiện hành ước đạt khoảng 530.000 tỷ đồng, xếp thứ 4 toàn quốc. Đây là kết quả của nhiều năm bền bỉ thu hút đầu tư: riêng năm 2025, toàn tỉnh thu hút 4,6 tỷ USD vốn FDI, trong đó khu vực Bắc Giang cũ chiếm gần 40%.

Thu ngân sách cũng là điểm sáng. Tổng thu ngân sách nhà nước trên địa bàn năm 2025 đạt 68.500 tỷ đồng, bằng 131% dự toán; kim ngạch xuất khẩu đạt 72 tỷ USD. Như Chủ tịch UBND tỉnh Vương Quốc Tuấn nói tại kỳ họp cuối năm: "Mỗi đồng ngân sách tăng thêm phải được chuyển thành đường sá, trường học, bệnh viện cho người dân".

Thành quả kinh tế đã lan tỏa đến đời sống. Thu nhập bình quân đầu người năm 2025 ước đạt 96 triệu đồng; tỷ lệ hộ nghèo còn 0,72%, giảm 0,41 điểm phần trăm so với năm 2024. 100% số xã đạt chuẩn nông thôn mới trước khi sắp xếp, trong đó 64 xã đạt chuẩn nâng cao.

Nhưng nhìn thẳng vào thực tế, những con số ấy chưa phải tất cả. Giải ngân vốn đầu tư công đến ngày 31/12/2025 mới đạt 89,2% kế hoạch; tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ 36,5%, thấp hơn mục tiêu 2,5 điểm phần trăm. Sự chênh lệch giữa khu vực phía Bắc và phía Nam sông Cầu còn lớn.

Năm 2026, HĐND tỉnh đặt mục tiêu GRDP tăng 11,5 - 12%; thu ngân sách không dưới 72.000 tỷ đồng; thu nhập bình quân đầu người vượt mốc 100 triệu đồng. Đó là những mục tiêu thách thức, đòi hỏi mỗi cán bộ, đảng viên phải nói đi đôi với làm.

Năm mới đã đến. Với truyền thống văn hiến, với khát vọng vươn lên, Bắc Ninh hoàn toàn có thể biến những con số trên giấy thành hiện thực.

BÁO BẮC NINH

Xem thêm:
- Bắc Ninh: 12 tháng thu hút 4,6 tỷ USD vốn FDI
- Kỳ họp thứ 5 HĐND tỉnh khóa XIX thông qua 36 nghị quyết
- Hội báo Xuân Bính Ngọ 2026

Địa chỉ: Số 5 Nguyễn Đăng Đạo, phường Kinh Bắc, tỉnh Bắc Ninh. Điện thoại: 0222.3822.471
'''
META = {'published': '2026-01-06', 'locality': 'tỉnh Bắc Ninh'}
DEFAULTS = {'locality': 'tỉnh Bắc Ninh', 'period': '2025', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
T = {'period': '2026', 'modality': 'target'}
E = {'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('ước tăng 11,3%', '11,3%', 'change', '%', d(E, U, indicator='grdp_growth')),
 ('cao hơn 1,3 điểm phần trăm', '1,3 điểm phần trăm', 'change', 'điểm %', d(E, U, indicator='grdp_growth', base='target', status='exceeded')),
 ('gấp rưỡi mức tăng', 'gấp rưỡi', 'change', 'lần', d(optional=True, value=1.5, direction='up')),
 ('khoảng 530.000 tỷ đồng', '530.000 tỷ đồng', 'level', 'VND', d(E, indicator='grdp', bound='about')),
 ('tỉnh thu hút 4,6 tỷ USD', '4,6 tỷ USD', 'level', 'USD', d(indicator='fdi')),
 ('chiếm gần 40%', '40%', 'level', '%', d(indicator='fdi', locality='tỉnh Bắc Giang', bound='nearly')),
 ('đạt 68.500 tỷ đồng', '68.500 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 131% dự toán', '131%', 'attainment', '%', d(BR, base='target')),
 ('đạt 72 tỷ USD', '72 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('ước đạt 96 triệu đồng', '96 triệu đồng', 'level', 'VND/người/năm', d(E, indicator='income_per_capita')),
 ('còn 0,72%', '0,72%', 'level', '%', d(indicator='poverty_rate')),
 ('giảm 0,41 điểm phần trăm', '0,41 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate', base='2024')),
 ('100% số xã', '100%', 'level', '%', d(indicator='new_rural_communes')),
 ('trong đó 64 xã', '64', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 ('đạt 89,2% kế hoạch', '89,2%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('chứng chỉ 36,5%', '36,5%', 'level', '%', d(indicator='trained_labour_rate')),
 ('mục tiêu 2,5 điểm phần trăm', '2,5 điểm phần trăm', 'change', 'điểm %', d(D, indicator='trained_labour_rate', base='target')),
 ('tăng 11,5 - 12%', '11,5 - 12%', 'change', '%', d(T, U, indicator='grdp_growth')),
 ('không dưới 72.000 tỷ đồng', '72.000 tỷ đồng', 'level', 'VND', d(T, BR, bound='at_least')),
 ('mốc 100 triệu đồng', '100 triệu đồng', 'level', 'VND/người/năm', d(optional=True)),
]
