NFD = True
TEXT = '''
Báo Gia Lai điện tử
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Gia Lai
06/10/2025 16:20 GMT+7

Kinh tế 9 tháng: Gia Lai tăng trưởng 7,92%, cao hơn mức bình quân của hai tỉnh cũ năm 2024

GLO - Theo số liệu tổng hợp trên địa bàn tỉnh Gia Lai mới (gồm tỉnh Gia Lai và tỉnh Bình Định cũ), tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2025 ước tăng 7,92% so với cùng kỳ, trong khi cùng kỳ năm 2024 hai tỉnh cũ chỉ tăng bình quân 6,4%.

Quy mô GRDP 9 tháng theo giá hiện hành ước đạt 187.450 tỷ đồng. Trong đó, khu vực Bình Định cũ chiếm khoảng 58%, khu vực Gia Lai cũ (phía Tây) chiếm 42%. Nếu tính theo địa giới mới, Gia Lai là tỉnh có diện tích lớn thứ hai cả nước với 21.576 km2.

Các chỉ tiêu chủ yếu 9 tháng (so với cùng kỳ):
- Chỉ số sản xuất công nghiệp: +9,8%
- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 118.620 tỷ đồng, +12,7%
- Kim ngạch xuất khẩu: 2,64 tỷ USD, +21,3%
- Chỉ số giá tiêu dùng bình quân: +3,05%

Xuất khẩu tăng mạnh nhờ cà phê và gỗ. Riêng khu vực Gia Lai cũ xuất khẩu 1,18 tỷ USD, gấp 1,6 lần cùng kỳ, chủ yếu là cà phê với 286.000 tấn. Giá cà phê nhân xô tại các xã phía Tây dao động 112.000 - 118.000 đồng/kg, cao hơn cùng kỳ khoảng 9.000 đồng/kg.

Thu ngân sách nhà nước 9 tháng ước đạt 26.940 tỷ đồng, đạt 89,1% dự toán, tăng 31,2% so với cùng kỳ tính gộp hai tỉnh. Khu vực Bình Định cũ đóng góp 17.480 tỷ đồng; khu vực Gia Lai cũ 9.460 tỷ đồng, đạt 94% dự toán.

Giải ngân vốn đầu tư công đến ngày 30/9/2025 đạt 11.326 tỷ đồng, bằng 55,4% kế hoạch vốn giao, thấp hơn bình quân cả nước (khoảng 58%).

Cảng Quy Nhơn làm hàng trong tháng 9/2025. Ảnh: Ngọc Minh

Ngành nông nghiệp thu hoạch 138.400 ha lúa vụ Hè Thu, năng suất bình quân 58,6 tạ/ha; sản lượng thủy sản khai thác 9 tháng đạt 244.500 tấn, tăng 4,2%. Tổng đàn bò toàn tỉnh có 712.000 con, lớn nhất vùng.

Toàn tỉnh có 3.248 doanh nghiệp thành lập mới, tăng 18,4%; số doanh nghiệp quay trở lại hoạt động 1.106 doanh nghiệp.

Ngọc Minh

Tin liên quan
- Gia Lai: Hơn 1.200 hồ sơ được giải quyết ngày đầu vận hành chính quyền 2 cấp (02/07/2025)
- Quy Nhơn đón tàu du lịch quốc tế với 2.500 khách (29/09/2025)

Giấy phép số 10/GP-BVHTTDL. Tổng Biên tập: ... Địa chỉ: 39 Quang Trung, phường Pleiku. ĐT: 0269.3824.185
'''
META = {'published': '2025-10-06', 'locality': 'tỉnh Gia Lai'}
DEFAULTS = {'locality': 'tỉnh Gia Lai', 'period': '2025-9M', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
SP = {'base': 'same_period'}
BD = {'locality': 'tỉnh Bình Định'}
GL = {'locality': 'tỉnh Gia Lai'}
G = {'indicator': 'grdp'}
GG = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
FIGS = [
 ('tăng trưởng 7,92%, cao', '7,92%', 'level', '%', d(GG)),
 ('ước tăng 7,92% so', '7,92%', 'change', '%', d(E, U, SP, GG)),
 ('bình quân 6,4%', '6,4%', 'change', '%', d(U, GG, period='2024-9M')),
 ('ước đạt 187.450 tỷ đồng', '187.450 tỷ đồng', 'level', 'VND', d(E, G)),
 ('chiếm khoảng 58%', '58%', 'level', '%', d(BD, bound='about')),
 ('chiếm 42%', '42%', 'level', '%', d(GL)),
 ('với 21.576 km2', '21.576 km2', 'level', 'km2', d(optional=True)),
 ('nghiệp: +9,8%', '9,8%', 'change', '%', d(U, SP, indicator='industrial_production_index')),
 ('dịch vụ: 118.620 tỷ đồng', '118.620 tỷ đồng', 'level', 'VND', d(indicator='retail_sales')),
 ('+12,7%', '12,7%', 'change', '%', d(U, SP, indicator='retail_sales')),
 ('khẩu: 2,64 tỷ USD', '2,64 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('+21,3%', '21,3%', 'change', '%', d(U, SP, indicator='export_value')),
 ('+3,05%', '3,05%', 'change', '%', d(U, SP, indicator='cpi')),
 ('khẩu 1,18 tỷ USD', '1,18 tỷ USD', 'level', 'USD', d(GL, indicator='export_value')),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(GL, U, SP, indicator='export_value')),
 ('với 286.000 tấn', '286.000 tấn', 'level', 'tấn', d(GL)),
 ('112.000 - 118.000 đồng/kg', '112.000 - 118.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 9.000 đồng/kg', '9.000 đồng/kg', 'change', 'VND/kg', d(U, SP, bound='about')),
 ('ước đạt 26.940 tỷ đồng', '26.940 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('đạt 89,1% dự toán', '89,1%', 'attainment', '%', d(E, BR, base='target')),
 ('tăng 31,2%', '31,2%', 'change', '%', d(E, U, SP, BR)),
 ('góp 17.480 tỷ đồng', '17.480 tỷ đồng', 'level', 'VND', d(BD, BR)),
 ('cũ 9.460 tỷ đồng', '9.460 tỷ đồng', 'level', 'VND', d(GL, BR)),
 ('đạt 94% dự toán', '94%', 'attainment', '%', d(GL, BR, base='target')),
 ('đạt 11.326 tỷ đồng', '11.326 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('bằng 55,4% kế hoạch', '55,4%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target')),
 ('khoảng 58%)', '58%', 'attainment', '%', d(indicator='public_investment_disbursement', base='target', locality='cả nước', bound='about')),
 ('hoạch 138.400 ha', '138.400 ha', 'level', 'ha', d(period='2025')),
 ('58,6 tạ/ha', '58,6 tạ/ha', 'level', 'tạ/ha', d(period='2025')),
 ('đạt 244.500 tấn', '244.500 tấn', 'level', 'tấn', d(indicator='aquaculture_output')),
 ('tăng 4,2%', '4,2%', 'change', '%', d(U, indicator='aquaculture_output')),
 ('có 712.000 con', '712.000', 'level', 'con', d()),
 ('có 3.248 doanh nghiệp', '3.248', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('tăng 18,4%', '18,4%', 'change', '%', d(U, indicator='new_enterprises')),
 ('động 1.106 doanh nghiệp', '1.106', 'level', 'doanh nghiệp', d()),
]
