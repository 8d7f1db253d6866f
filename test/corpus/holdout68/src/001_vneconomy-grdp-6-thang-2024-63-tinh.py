TEXT = '''
VnEconomy
Thứ Sáu, 12/7/2024 | 08:30
Vĩ mô | Đầu tư | Tài chính | Thị trường | Doanh nghiệp | Bất động sản | Địa phương

Kinh tế địa phương

Tăng trưởng GRDP 6 tháng năm 2024: 11 địa phương đạt hai con số

Hoài Thu
12/07/2024, 08:30

Theo số liệu do cơ quan thống kê các tỉnh, thành phố công bố, 6 tháng đầu năm 2024 có 11/63 địa phương đạt tốc độ tăng trưởng GRDP từ 10% trở lên, trong khi GDP cả nước tăng 6,42% so với cùng kỳ năm trước.

Bắc Giang tiếp tục dẫn đầu cả nước với mức tăng 13,95%, cao gấp 2,2 lần mức tăng chung. Đứng thứ hai là Hải Phòng với 10,26%; tiếp theo là Khánh Hòa (10,2%), Thanh Hóa (10,12%) và Ninh Bình (10,08%). Các địa phương còn lại trong nhóm này là Hà Nam, Nghệ An, Quảng Ninh, Nam Định, Thái Bình và Phú Thọ.

Ở nhóm cuối bảng, 3 địa phương có mức tăng trưởng âm hoặc rất thấp. Quảng Ngãi giảm 1,12% do Nhà máy lọc dầu Dung Quất bảo dưỡng tổng thể lần thứ 5; Bà Rịa - Vũng Tàu tăng 1,54% và Trà Vinh tăng 2,1%. Đây đều là những địa phương có công nghiệp khai khoáng, năng lượng chiếm tỷ trọng lớn trong cơ cấu kinh tế.

Xét theo vùng, Đồng bằng sông Hồng có mức tăng cao nhất, ước đạt 8,1%; vùng Trung du và miền núi phía Bắc đạt 7,85%; Bắc Trung Bộ và Duyên hải miền Trung đạt 6,2%; Tây Nguyên 5,9%; Đồng bằng sông Cửu Long 5,7%; Đông Nam Bộ thấp nhất với 4,26%.

Về quy mô, TP. Hồ Chí Minh, Hà Nội, Bình Dương và Đồng Nai là bốn địa phương có GRDP lớn nhất, lần lượt đạt 794.000 tỷ đồng, 648.200 tỷ đồng, 232.500 tỷ đồng và 218.900 tỷ đồng. Riêng TP. Hồ Chí Minh đóng góp khoảng 16,3% GDP cả nước.

Tăng trưởng GRDP 6 tháng đầu năm của một số địa phương (%):
Địa phương | 6 tháng 2023 | 6 tháng 2024
Bắc Giang | 11,93 | 13,95
Hải Phòng | 10,28 | 10,26
Quảng Ninh | 5,44 | 10,03
Hà Nội | 5,63 | 6,12
TP. Hồ Chí Minh | 4,85 | 6,46
Cả nước | 3,72 | 6,42
Nguồn: Tổng cục Thống kê, cục thống kê các tỉnh, thành phố

Công nhân làm việc tại Khu công nghiệp Quang Châu (Bắc Giang). Ảnh: Việt Hùng

Về thu ngân sách, 6 tháng đầu năm có 49/63 địa phương thu đạt trên 50% dự toán năm. Hà Nội thu 263.580 tỷ đồng, bằng 63,2% dự toán; TP. Hồ Chí Minh thu 253.500 tỷ đồng, đạt 51,2% dự toán.

Ở lĩnh vực thu hút đầu tư, 6 tháng đầu năm có 55 tỉnh, thành phố thu hút được dự án FDI. Bắc Ninh dẫn đầu với tổng vốn đăng ký gần 2,09 tỷ USD, chiếm 13,5% tổng vốn; Quảng Ninh đứng thứ hai với gần 1,4 tỷ USD, gấp 2,3 lần cùng kỳ; TP. Hồ Chí Minh đứng thứ ba với hơn 1,38 tỷ USD. Tiếp theo lần lượt là Hà Nội, Hải Phòng và Bà Rịa - Vũng Tàu với 1,2 tỷ USD, 1,07 tỷ USD và 1,02 tỷ USD.

Về xuất khẩu, cả nước đạt 190,1 tỷ USD, tăng 14,5%. TP. Hồ Chí Minh vẫn là địa phương có kim ngạch lớn nhất, đạt 24,5 tỷ USD, tăng 9,8%. Bình Dương đứng thứ hai với 16,1 tỷ USD, tăng 11,4%; Bắc Ninh 14,2 tỷ USD, giảm 3,6% do đơn hàng điện thoại sụt giảm; Đồng Nai 11,3 tỷ USD.

Theo TS. Nguyễn Minh Phong, chuyên gia kinh tế, bức tranh 6 tháng cho thấy động lực tăng trưởng vẫn tập trung ở các tỉnh công nghiệp phía Bắc. "Để cả nước đạt mục tiêu tăng trưởng 6 - 6,5% của năm 2024, các đầu tàu như Hà Nội, TP. Hồ Chí Minh cần tăng tốc mạnh hơn trong 6 tháng cuối năm", ông nói.

Bình luận (5)

Tin liên quan
- Bắc Giang thu hút 1,2 tỷ USD vốn FDI trong 5 tháng
- Xuất khẩu 6 tháng đạt 190 tỷ USD, xuất siêu 11,6 tỷ USD
- 20 địa phương chưa giải ngân được 30% vốn đầu tư công

Tạp chí điện tử VnEconomy | Giấy phép số 339/GP-BTTTT | Hotline: 0917 681 188
'''
META = {'published': '2024-07-12', 'locality': 'cả nước'}
DEFAULTS = {'locality': 'cả nước', 'period': '2024-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
G = {'indicator': 'grdp_growth'}
U = {'direction': 'up'}
E = {'modality': 'estimate'}
REG = {'locality': None}
BUD = {'indicator': 'budget_revenue'}
def L(name): return {'locality': name}
FIGS = [
 # headline and lead
 ('2024: 11 địa phương', '11', 'level', 'địa phương', d()),
 ('có 11/63 địa phương', '11/63', 'ratio', 'địa phương', d()),
 ('tăng 6,42% so với', '6,42%', 'change', '%', d(G, U, base='same_period')),
 # leaders
 ('mức tăng 13,95%', '13,95%', 'change', '%', d(G, U, L('tỉnh Bắc Giang'))),
 ('gấp 2,2 lần', '2,2 lần', 'change', 'lần', d(G, U, L('tỉnh Bắc Giang'))),
 ('Hải Phòng với 10,26%', '10,26%', 'level', '%', d(G, L('thành phố Hải Phòng'))),
 ('Khánh Hòa (10,2%)', '10,2%', 'level', '%', d(G, L('tỉnh Khánh Hòa'))),
 ('Thanh Hóa (10,12%)', '10,12%', 'level', '%', d(G, L('tỉnh Thanh Hóa'))),
 ('Ninh Bình (10,08%)', '10,08%', 'level', '%', d(G, L('tỉnh Ninh Bình'))),
 # bottom
 ('bảng, 3 địa phương', '3', 'level', 'địa phương', d()),
 ('giảm 1,12%', '1,12%', 'change', '%', d(G, L('tỉnh Quảng Ngãi'), direction='down')),
 ('tăng 1,54%', '1,54%', 'change', '%', d(G, U, L('tỉnh Bà Rịa - Vũng Tàu'))),
 ('tăng 2,1%', '2,1%', 'change', '%', d(G, U, L('tỉnh Trà Vinh'))),
 # regions: no administrative unit
 ('ước đạt 8,1%', '8,1%', 'level', '%', d(G, REG, E)),
 ('đạt 7,85%', '7,85%', 'level', '%', d(G, REG)),
 ('đạt 6,2%', '6,2%', 'level', '%', d(G, REG)),
 ('Tây Nguyên 5,9%', '5,9%', 'level', '%', d(G, REG)),
 ('Cửu Long 5,7%', '5,7%', 'level', '%', d(G, REG)),
 ('với 4,26%', '4,26%', 'level', '%', d(G, REG)),
 # size, "lần lượt"
 ('đạt 794.000 tỷ đồng', '794.000 tỷ đồng', 'level', 'VND', d(L('thành phố Hồ Chí Minh'), indicator='grdp')),
 ('648.200 tỷ đồng', '648.200 tỷ đồng', 'level', 'VND', d(L('thành phố Hà Nội'), indicator='grdp')),
 ('232.500 tỷ đồng', '232.500 tỷ đồng', 'level', 'VND', d(L('tỉnh Bình Dương'), indicator='grdp')),
 ('218.900 tỷ đồng', '218.900 tỷ đồng', 'level', 'VND', d(L('tỉnh Đồng Nai'), indicator='grdp')),
 ('khoảng 16,3% GDP', '16,3%', 'level', '%', d(L('thành phố Hồ Chí Minh'), bound='about')),
 # table: two half-years per place
 ('Bắc Giang | 11,93', '11,93', 'level', '%', d(G, L('tỉnh Bắc Giang'), period='2023-H1')),
 ('11,93 | 13,95', '13,95', 'level', '%', d(G, L('tỉnh Bắc Giang'))),
 ('Hải Phòng | 10,28', '10,28', 'level', '%', d(G, L('thành phố Hải Phòng'), period='2023-H1')),
 ('10,28 | 10,26', '10,26', 'level', '%', d(G, L('thành phố Hải Phòng'))),
 ('Quảng Ninh | 5,44', '5,44', 'level', '%', d(G, L('tỉnh Quảng Ninh'), period='2023-H1')),
 ('5,44 | 10,03', '10,03', 'level', '%', d(G, L('tỉnh Quảng Ninh'))),
 ('Hà Nội | 5,63', '5,63', 'level', '%', d(G, L('thành phố Hà Nội'), period='2023-H1')),
 ('5,63 | 6,12', '6,12', 'level', '%', d(G, L('thành phố Hà Nội'))),
 ('Minh | 4,85', '4,85', 'level', '%', d(G, L('thành phố Hồ Chí Minh'), period='2023-H1')),
 ('4,85 | 6,46', '6,46', 'level', '%', d(G, L('thành phố Hồ Chí Minh'))),
 ('Cả nước | 3,72', '3,72', 'level', '%', d(G, period='2023-H1')),
 ('3,72 | 6,42', '6,42', 'level', '%', d(G)),
 # budget
 ('có 49/63 địa phương', '49/63', 'ratio', 'địa phương', d()),
 ('thu 263.580 tỷ đồng', '263.580 tỷ đồng', 'level', 'VND', d(BUD, L('thành phố Hà Nội'))),
 ('bằng 63,2% dự toán', '63,2%', 'attainment', '%', d(BUD, L('thành phố Hà Nội'), base='target')),
 ('thu 253.500 tỷ đồng', '253.500 tỷ đồng', 'level', 'VND', d(BUD, L('thành phố Hồ Chí Minh'))),
 ('đạt 51,2% dự toán', '51,2%', 'attainment', '%', d(BUD, L('thành phố Hồ Chí Minh'), base='target')),
 # FDI
 ('có 55 tỉnh', '55', 'level', 'tỉnh', d()),
 ('gần 2,09 tỷ USD', '2,09 tỷ USD', 'level', 'USD', d(L('tỉnh Bắc Ninh'), indicator='fdi', bound='nearly')),
 ('chiếm 13,5%', '13,5%', 'level', '%', d(L('tỉnh Bắc Ninh'), indicator='fdi')),
 ('gần 1,4 tỷ USD', '1,4 tỷ USD', 'level', 'USD', d(L('tỉnh Quảng Ninh'), indicator='fdi', bound='nearly')),
 ('gấp 2,3 lần', '2,3 lần', 'change', 'lần', d(U, L('tỉnh Quảng Ninh'), indicator='fdi', base='same_period')),
 ('hơn 1,38 tỷ USD', '1,38 tỷ USD', 'level', 'USD', d(L('thành phố Hồ Chí Minh'), indicator='fdi', bound='over')),
 ('với 1,2 tỷ USD', '1,2 tỷ USD', 'level', 'USD', d(L('thành phố Hà Nội'), indicator='fdi')),
 ('1,07 tỷ USD', '1,07 tỷ USD', 'level', 'USD', d(L('thành phố Hải Phòng'), indicator='fdi')),
 ('1,02 tỷ USD', '1,02 tỷ USD', 'level', 'USD', d(L('tỉnh Bà Rịa - Vũng Tàu'), indicator='fdi')),
 # exports
 ('đạt 190,1 tỷ USD', '190,1 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 14,5%', '14,5%', 'change', '%', d(U, indicator='export_value')),
 ('đạt 24,5 tỷ USD', '24,5 tỷ USD', 'level', 'USD', d(L('thành phố Hồ Chí Minh'), indicator='export_value')),
 ('tăng 9,8%', '9,8%', 'change', '%', d(U, L('thành phố Hồ Chí Minh'), indicator='export_value')),
 ('với 16,1 tỷ USD', '16,1 tỷ USD', 'level', 'USD', d(L('tỉnh Bình Dương'), indicator='export_value')),
 ('tăng 11,4%', '11,4%', 'change', '%', d(U, L('tỉnh Bình Dương'), indicator='export_value')),
 ('Ninh 14,2 tỷ USD', '14,2 tỷ USD', 'level', 'USD', d(L('tỉnh Bắc Ninh'), indicator='export_value')),
 ('giảm 3,6%', '3,6%', 'change', '%', d(L('tỉnh Bắc Ninh'), indicator='export_value', direction='down')),
 ('Nai 11,3 tỷ USD', '11,3 tỷ USD', 'level', 'USD', d(L('tỉnh Đồng Nai'), indicator='export_value')),
 # the year's national target
 ('tăng trưởng 6 - 6,5%', '6 - 6,5%', 'level', '%', d(G, period='2024', modality='target')),
]
