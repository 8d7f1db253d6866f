TEXT = '''
BÁO HÀ TĨNH
Thứ năm, 06/10/2022 - 09:15 (GMT+7)

Chính trị | Kinh tế | Xã hội | Văn hoá - Giải trí | Thể thao | Bạn đọc | Hà Tĩnh 24h

9 tháng, Hà Tĩnh có 612 doanh nghiệp thành lập mới

(Baohatinh.vn) - 9 tháng năm 2022, toàn tỉnh có 612 doanh nghiệp thành lập mới với tổng vốn đăng ký 5.846 tỷ đồng, tăng 18,4% về số doanh nghiệp và tăng 42,7% về vốn so với cùng kỳ năm 2021, bằng 76,5% kế hoạch năm.

Theo Sở Kế hoạch và Đầu tư, vốn đăng ký bình quân của một doanh nghiệp thành lập mới đạt 9,55 tỷ đồng. Ngoài ra, có 214 doanh nghiệp quay trở lại hoạt động, tăng 11,5%; 1.036 lượt doanh nghiệp đăng ký thay đổi nội dung. Cùng kỳ, 286 doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn, 97 doanh nghiệp hoàn tất thủ tục giải thể, lần lượt tăng 6,3% và 14,1% so với cùng kỳ.

Xét theo ngành, thương mại, dịch vụ chiếm 58,3% số doanh nghiệp thành lập mới; xây dựng chiếm 22,1%; công nghiệp chế biến, chế tạo chiếm 11,4%; nông, lâm nghiệp và thuỷ sản chiếm 8,2%. Các địa phương có nhiều doanh nghiệp thành lập mới là TP. Hà Tĩnh (198 doanh nghiệp), thị xã Kỳ Anh (87 doanh nghiệp) và huyện Cẩm Xuyên (54 doanh nghiệp).

Hiện nay, toàn tỉnh có 5.812 doanh nghiệp đang hoạt động với tổng vốn đăng ký trên 98.000 tỷ đồng. Việc đăng ký doanh nghiệp qua mạng được đẩy mạnh: trong 9 tháng, Phòng Đăng ký kinh doanh tiếp nhận 3.148 hồ sơ, trong đó hồ sơ nộp trực tuyến đạt tỷ lệ 96,2%.

Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn doanh nghiệp làm thủ tục. Ảnh: P.V

Ngày 29/9, UBND tỉnh tổ chức Hội nghị đối thoại với doanh nghiệp quý III/2022 với sự tham gia của gần 200 doanh nghiệp, hợp tác xã. Tại hội nghị, các doanh nghiệp nêu 27 kiến nghị, chủ yếu về đất đai, thuế và tiếp cận vốn; 21 kiến nghị đã được các sở, ngành giải đáp ngay tại chỗ.

Phát biểu kết luận, Phó Chủ tịch Uỷ ban nhân dân tỉnh Trần Báu Hà yêu cầu các ngành rà soát, tháo gỡ khó khăn cho doanh nghiệp, nhất là các dự án chậm tiến độ tại Khu kinh tế Vũng Áng. Để hoàn thành kế hoạch năm 2022 (800 doanh nghiệp thành lập mới), trong quý IV tỉnh cần phát triển thêm ít nhất 188 doanh nghiệp. Mục tiêu đến năm 2025, Hà Tĩnh có 7.000 doanh nghiệp hoạt động, đóng góp khoảng 70% tổng thu ngân sách trên địa bàn.

Thu Phương

Tin cùng chuyên mục
- Khu kinh tế Vũng Áng thu hút thêm 3 dự án mới (04/10/2022)
- Hà Tĩnh: Thu ngân sách 9 tháng đạt 12.820 tỷ đồng (03/10/2022)
- Giá xăng giảm hơn 1.000 đồng/lít từ 15 giờ chiều nay (03/10/2022)

Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh. Toà soạn: 96 Phan Đình Phùng, TP. Hà Tĩnh. Điện thoại: 0239.3855.674
'''
META = {'published': '2022-10-06', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2022-9M', 'modality': 'actual'}
NE = dict(indicator='new_enterprises')
FIGS = [
 ('có 612 doanh nghiệp thành lập mới\n', '612', 'level', 'doanh nghiệp', dict(NE)),
 ('có 612 doanh nghiệp thành lập mới với', '612', 'level', 'doanh nghiệp', dict(NE)),
 ('ký 5.846 tỷ đồng', '5.846 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 18,4%', '18,4%', 'change', '%', dict(NE, direction='up', base='same_period')),
 ('tăng 42,7%', '42,7%', 'change', '%', dict(direction='up', base='same_period')),
 ('bằng 76,5%', '76,5%', 'attainment', '%', dict(NE, base='target')),
 ('đạt 9,55 tỷ đồng', '9,55 tỷ đồng', 'level', 'VND', dict()),
 ('có 214 doanh nghiệp', '214', 'level', 'doanh nghiệp', dict()),
 ('tăng 11,5%', '11,5%', 'change', '%', dict(direction='up')),
 ('1.036 lượt', '1.036', 'level', 'lượt doanh nghiệp', dict()),
 ('286 doanh nghiệp', '286', 'level', 'doanh nghiệp', dict()),
 ('97 doanh nghiệp', '97', 'level', 'doanh nghiệp', dict()),
 ('tăng 6,3%', '6,3%', 'change', '%', dict(direction='up', base='same_period')),
 ('và 14,1%', '14,1%', 'change', '%', dict(direction='up', base='same_period')),
 ('chiếm 58,3%', '58,3%', 'level', '%', dict(NE)),
 ('chiếm 22,1%', '22,1%', 'level', '%', dict(NE)),
 ('chiếm 11,4%', '11,4%', 'level', '%', dict(NE)),
 ('chiếm 8,2%', '8,2%', 'level', '%', dict(NE)),
 ('(198 doanh nghiệp)', '198', 'level', 'doanh nghiệp', dict(NE, locality='thành phố Hà Tĩnh')),
 ('(87 doanh nghiệp)', '87', 'level', 'doanh nghiệp', dict(NE, locality='thị xã Kỳ Anh')),
 ('(54 doanh nghiệp)', '54', 'level', 'doanh nghiệp', dict(NE, locality='huyện Cẩm Xuyên')),
 ('có 5.812 doanh nghiệp', '5.812', 'level', 'doanh nghiệp', dict()),
 ('trên 98.000 tỷ đồng', '98.000 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('nhận 3.148 hồ sơ', '3.148', 'level', 'hồ sơ', dict()),
 ('tỷ lệ 96,2%', '96,2%', 'level', '%', dict()),
 ('gần 200 doanh nghiệp', '200', 'level', 'doanh nghiệp', dict(optional=True)),
 ('nêu 27 kiến nghị', '27', 'level', 'kiến nghị', dict(optional=True)),
 ('; 21 kiến nghị', '21', 'level', 'kiến nghị', dict(optional=True)),
 ('(800 doanh nghiệp', '800', 'level', 'doanh nghiệp', dict(NE, modality='target', period='2022')),
 ('ít nhất 188 doanh nghiệp', '188', 'level', 'doanh nghiệp', dict(NE, modality='target', period='2022-Q4', bound='at_least')),
 ('có 7.000 doanh nghiệp', '7.000', 'level', 'doanh nghiệp', dict(modality='target', period='2025')),
 ('khoảng 70%', '70%', 'level', '%', dict(modality='target', period='2025', indicator='budget_revenue', bound='about')),
]
