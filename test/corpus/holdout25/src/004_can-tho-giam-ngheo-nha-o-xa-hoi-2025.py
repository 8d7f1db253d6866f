NFD = True
TEXT = '''
CẦN THƠ ONLINE
Thứ Tư, 14/01/2026 | 16:20 (GMT+7)
Xã hội

Cần Thơ: Tỷ lệ hộ nghèo cuối năm 2025 giảm còn 1,12%

Theo kết quả rà soát cuối năm 2025, thành phố Cần Thơ còn 6.348 hộ nghèo, chiếm 1,12% tổng số hộ dân cư, giảm 0,86 điểm phần trăm so với cuối năm 2024; hộ cận nghèo còn 9.215 hộ, chiếm 1,63%.

Kết quả trên được công bố theo Quyết định số 118/QĐ-UBND ngày 09/01/2026 của UBND thành phố, là lần rà soát đầu tiên sau khi thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang hợp nhất.

Trong năm 2025, toàn thành phố có 4.907 hộ thoát nghèo, vượt 22,7% so với kế hoạch. Khu vực Sóc Trăng cũ vẫn là nơi có tỷ lệ hộ nghèo cao nhất với 2,35%, tập trung ở các xã vùng đồng bào Khmer. Phường Ninh Kiều và phường Cái Khế không còn hộ nghèo.

Nguồn lực cho giảm nghèo năm 2025 đạt trên 1.240 tỷ đồng, trong đó vốn các chương trình mục tiêu quốc gia 586 tỷ đồng, giải ngân được 91,4%. Ngân hàng Chính sách xã hội chi nhánh thành phố đã cho 38.650 lượt hộ nghèo, hộ cận nghèo và đối tượng chính sách vay vốn với doanh số 2.115 tỷ đồng; tổng dư nợ đến cuối năm đạt 9.870 tỷ đồng, tăng 8,3% so với đầu năm.

Thực hiện phong trào thi đua xoá nhà tạm, nhà dột nát, năm 2025 thành phố đã hỗ trợ xây mới, sửa chữa 7.962 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, vượt 5,1% kế hoạch, với tổng kinh phí hơn 398 tỷ đồng. Mức hỗ trợ xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn.

Công tác trợ giúp xã hội được bảo đảm. Năm 2025, thành phố chi trả trợ cấp xã hội hằng tháng cho 98.420 đối tượng bảo trợ xã hội với kinh phí 612 tỷ đồng, tăng 14,2% do điều chỉnh mức chuẩn trợ giúp xã hội lên 500.000 đồng/tháng từ ngày 01/7/2024. Có 312.500 thẻ bảo hiểm y tế được cấp miễn phí cho người nghèo, người dân tộc thiểu số vùng khó khăn và người cận nghèo.

Bà Thạch Thị Sa Ly (ấp Chợ, xã Lịch Hội Thượng) vừa nhận căn nhà mới rộng 48 m2. "Nhà cũ dột suốt 3 mùa mưa, giờ có nhà vững chắc rồi, tôi yên tâm cho 2 đứa nhỏ đi học", bà Sa Ly nói.

Về nhà ở xã hội, đến hết năm 2025 thành phố đã hoàn thành 5 dự án với 3.420 căn hộ, đạt 41,3% chỉ tiêu được Thủ tướng Chính phủ giao tại Quyết định số 444/QĐ-TTg; 7 dự án khác với khoảng 6.100 căn đang triển khai. Giai đoạn 2021 - 2030, thành phố phải hoàn thành 18.800 căn hộ nhà ở xã hội.

Năm 2026, thành phố phấn đấu giảm tỷ lệ hộ nghèo từ 0,3 - 0,5%/năm, đến cuối năm 2026 tỷ lệ hộ nghèo dưới 0,8%; thu nhập bình quân của hộ nghèo tăng 1,5 lần so với năm 2025.

Một căn nhà đại đoàn kết vừa bàn giao tại xã Lịch Hội Thượng. Ảnh: TRẦN QUÝ

TRẦN QUÝ

Xem thêm
- Cần Thơ: Khởi công dự án nhà ở xã hội phường Cái Răng
- Trao nhà đại đoàn kết cho hộ nghèo xã Vị Thủy

Giấy phép số 152/GP-BTTTT. Đường dây nóng: 0292 3821 035
'''
META = {'published': '2026-01-14', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025', 'modality': 'actual'}
P = {'indicator': 'poverty_rate'}
T26 = {'period': '2026', 'modality': 'target'}
FIGS = [
 ('giảm còn 1,12%', '1,12%', 'level', '%', dict(P, direction='down')),
 ('còn 6.348 hộ', '6.348', 'level', 'hộ', dict(indicator='poor_households')),
 ('chiếm 1,12%', '1,12%', 'level', '%', dict(P)),
 ('giảm 0,86 điểm phần trăm', '0,86 điểm phần trăm', 'change', 'điểm %', dict(P, direction='down', base='2024')),
 ('còn 9.215 hộ', '9.215', 'level', 'hộ', dict()),
 ('chiếm 1,63%', '1,63%', 'level', '%', dict(indicator='near_poverty_rate')),
 ('có 4.907 hộ', '4.907', 'level', 'hộ', dict(indicator='households_out_of_poverty')),
 ('vượt 22,7%', '22,7%', 'change', '%', dict(indicator='households_out_of_poverty', direction='up', base='target', status='exceeded')),
 ('với 2,35%', '2,35%', 'level', '%', dict(P, locality='tỉnh Sóc Trăng')),
 ('trên 1.240 tỷ đồng', '1.240 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('gia 586 tỷ đồng', '586 tỷ đồng', 'level', 'VND', dict()),
 ('được 91,4%', '91,4%', 'attainment', '%', dict(base='target')),
 ('cho 38.650 lượt hộ', '38.650', 'level', 'lượt hộ', dict()),
 ('số 2.115 tỷ đồng', '2.115 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 8,3%', '8,3%', 'change', '%', dict(direction='up', base='previous_period')),
 ('chữa 7.962 căn nhà', '7.962', 'level', 'căn nhà', dict()),
 ('vượt 5,1% kế hoạch', '5,1%', 'change', '%', dict(direction='up', base='target', status='exceeded')),
 ('hơn 398 tỷ đồng', '398 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('mới 60 triệu đồng/căn', '60 triệu đồng/căn', 'level', 'VND/căn', dict(optional=True)),
 ('chữa 30 triệu đồng/căn', '30 triệu đồng/căn', 'level', 'VND/căn', dict(optional=True)),
 ('cho 98.420 đối tượng', '98.420', 'level', 'đối tượng', dict()),
 ('phí 612 tỷ đồng', '612 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 14,2%', '14,2%', 'change', '%', dict(direction='up')),
 ('lên 500.000 đồng/tháng', '500.000 đồng/tháng', 'level', 'VND/tháng', dict(optional=True)),
 ('Có 312.500 thẻ', '312.500', 'level', 'thẻ', dict()),
 ('thành 5 dự án', '5', 'level', 'dự án', dict(optional=True)),
 ('với 3.420 căn hộ', '3.420', 'level', 'căn hộ', dict()),
 ('đạt 41,3% chỉ tiêu', '41,3%', 'attainment', '%', dict(base='target')),
 ('; 7 dự án', '7', 'level', 'dự án', dict(optional=True)),
 ('khoảng 6.100 căn', '6.100', 'level', 'căn', dict(bound='about')),
 ('thành 18.800 căn hộ', '18.800', 'level', 'căn hộ', dict(period='2021/2030', modality='target')),
 ('từ 0,3 - 0,5%/năm', '0,3 - 0,5%', 'change', '%', dict(P, direction='down', **T26)),
 ('dưới 0,8%', '0,8%', 'level', '%', dict(P, bound='under', **T26)),
 ('tăng 1,5 lần', '1,5 lần', 'change', 'lần', dict(direction='up', base='2025', **T26)),
]
