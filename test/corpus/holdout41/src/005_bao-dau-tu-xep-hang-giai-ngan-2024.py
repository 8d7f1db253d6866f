TEXT = '''
BÁO ĐẦU TƯ - BAODAUTU.VN
Thứ Tư, 12/02/2025 | Tỷ giá USD: 25.450 VND | Giá vàng SJC: 88,5 triệu đồng/lượng
Thời sự | Đầu tư | Bất động sản | Tài chính - Chứng khoán | Doanh nghiệp | Địa phương | Quốc tế

Đầu tư công

Giải ngân vốn đầu tư công năm 2024: 30 địa phương đạt trên 95%

Thanh Hà - 12/02/2025 11:05 GMT+7

Tính đến hết ngày 31/1/2025, cả nước giải ngân 574.630 tỷ đồng vốn đầu tư công kế hoạch năm 2024, đạt 84,4% kế hoạch Thủ tướng Chính phủ giao, cao hơn cùng kỳ năm 2023 (82,1%).

Theo số liệu Bộ Tài chính vừa công bố, tổng kế hoạch vốn đầu tư công năm 2024 là 737.448 tỷ đồng, trong đó kế hoạch Thủ tướng Chính phủ giao 680.818 tỷ đồng. Số vốn giải ngân tăng 43.540 tỷ đồng so với năm 2023 và tỷ lệ giải ngân cao hơn 2,3 điểm phần trăm so với năm trước. Vốn ngân sách địa phương giải ngân 398.250 tỷ đồng, đạt 87,1%; vốn ngân sách trung ương 176.380 tỷ đồng, đạt 78,3%.

Thái Bình dẫn đầu

Khối trung ương có 9/47 cơ quan giải ngân trên 95% kế hoạch; khối địa phương có 30/63 địa phương đạt trên 95%. Dẫn đầu cả nước là Thái Bình (121,9%), tiếp đến là Ninh Bình (108,3%), Hòa Bình (104,6%), Long An (101,2%) và Phú Thọ (99,7%).

Ở chiều ngược lại, có 14 cơ quan trung ương và 7 địa phương giải ngân dưới 70%. Các địa phương có tỷ lệ giải ngân thấp nhất là Bà Rịa - Vũng Tàu, TP. Hồ Chí Minh và Bình Định, lần lượt đạt 62,3%, 66,8% và 68,1%. Một số bộ, cơ quan có số vốn lớn nhưng giải ngân chậm là Bộ Y tế, Đại học Quốc gia Hà Nội và Bộ Tài nguyên và Môi trường.

5 địa phương có số vốn giải ngân lớn nhất năm 2024 (đơn vị: tỷ đồng):

STT | Địa phương | Kế hoạch Thủ tướng giao | Đã giải ngân | Tỷ lệ (%)
1 | TP. Hồ Chí Minh | 79.250 | 52.940 | 66,8
2 | Hà Nội | 53.320 | 46.240 | 86,7
3 | Thanh Hóa | 17.820 | 17.010 | 95,5
4 | Quảng Ninh | 15.880 | 14.920 | 94,0
5 | Nghệ An | 14.160 | 13.250 | 93,6

Nguồn: Bộ Tài chính

Công nhân thi công cao tốc Bắc - Nam đoạn Vạn Ninh - Cam Lộ. Ảnh: Đức Thanh

Xét theo vùng, vùng Đồng bằng sông Hồng có tỷ lệ giải ngân cao nhất với 91,2%, tiếp đến là vùng Trung du và miền núi phía Bắc 89,6%; vùng Đông Nam Bộ thấp nhất, chỉ đạt 71,5% do hai địa phương có số vốn lớn là TP. Hồ Chí Minh và Bà Rịa - Vũng Tàu giải ngân chậm. Theo Luật Đầu tư công, thời gian thực hiện và giải ngân kế hoạch vốn năm 2024 được kéo dài đến hết ngày 31/1/2025, nên số liệu trên là kết quả cuối cùng của kế hoạch năm.

Theo đại diện Vụ Tổng hợp kinh tế quốc dân (Bộ Tài chính), nguyên nhân chủ yếu khiến một số địa phương giải ngân thấp là vướng mắc giải phóng mặt bằng, nguồn thu tiền sử dụng đất không đạt dự toán nên không có vốn bố trí cho dự án, cùng việc điều chỉnh dự án kéo dài.

Năm 2025, tổng kế hoạch vốn đầu tư công Thủ tướng Chính phủ giao là 790.727 tỷ đồng, Chính phủ đặt mục tiêu giải ngân 100% kế hoạch. Ước giải ngân tháng 1/2025 đạt 28.100 tỷ đồng, bằng 3,6% kế hoạch, tương đương cùng kỳ năm 2024. Tại Công điện số 07/CĐ-TTg ngày 9/2/2025, Thủ tướng yêu cầu các bộ, ngành, địa phương coi giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm, cá thể hóa trách nhiệm người đứng đầu. Năm 2025, Chính phủ đặt mục tiêu tăng trưởng GDP từ 8% trở lên, trong đó đầu tư công được xác định là động lực dẫn dắt.

Bình luận (3)

Tin cùng chuyên mục
- Giải ngân vốn đầu tư công 11 tháng đạt hơn 60% kế hoạch
- 18 dự án giao thông trọng điểm được khởi công trong quý I
- Quảng Ninh dẫn đầu về số vốn giải ngân khu vực phía Bắc

Báo Đầu tư - Cơ quan của Bộ Tài chính | Giấy phép số 463/GP-BTTTT | Hotline: 0868 468 368
'''
META = {'published': '2025-02-12', 'locality': 'cả nước'}
DEFAULTS = {'locality': 'cả nước', 'period': '2024', 'modality': 'actual', 'indicator': 'public_investment_disbursement'}
T = {'base': 'target'}
PLAN = {'modality': 'target'}
B = 1e9
def row(place, loc, plan, done, pct):
    L = {'locality': loc}
    return [
     (place + ' | ' + plan + ' |', plan, 'level', 'VND', dict(PLAN, value=float(round(float(plan.replace('.', '')) * B)), **L)),
     ('| ' + plan + ' | ' + done + ' |', done, 'level', 'VND', dict(value=float(round(float(done.replace('.', '')) * B)), **L)),
     ('| ' + done + ' | ' + pct + '\n', pct, 'attainment', '%', dict(T, **L)),
    ]
FIGS = [
 # headline: a count of provinces over a bar
 ('2024: 30 địa phương', '30', 'level', 'địa phương', dict(indicator=None)),
 # lead
 ('giải ngân 574.630 tỷ đồng', '574.630 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 84,4% kế hoạch', '84,4%', 'attainment', '%', dict(T)),
 ('(82,1%)', '82,1%', 'attainment', '%', dict(T, period='2023')),
 # plan
 ('là 737.448 tỷ đồng', '737.448 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('giao 680.818 tỷ đồng', '680.818 tỷ đồng', 'level', 'VND', dict(PLAN)),
 ('tăng 43.540 tỷ đồng', '43.540 tỷ đồng', 'change', 'VND', dict(direction='up', base='2023')),
 ('cao hơn 2,3 điểm phần trăm', '2,3 điểm phần trăm', 'change', 'điểm %', dict(direction='up', base='2023')),
 ('giải ngân 398.250 tỷ đồng', '398.250 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 87,1%', '87,1%', 'attainment', '%', dict(T)),
 ('ương 176.380 tỷ đồng', '176.380 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 78,3%', '78,3%', 'attainment', '%', dict(T)),
 # counts over a bar
 ('có 9/47 cơ quan', '9/47', 'ratio', 'cơ quan', dict(indicator=None)),
 ('có 30/63 địa phương', '30/63', 'ratio', 'địa phương', dict(indicator=None)),
 ('Thái Bình (121,9%)', '121,9%', 'attainment', '%', dict(T, locality='tỉnh Thái Bình')),
 ('Ninh Bình (108,3%)', '108,3%', 'attainment', '%', dict(T, locality='tỉnh Ninh Bình')),
 ('Hòa Bình (104,6%)', '104,6%', 'attainment', '%', dict(T, locality='tỉnh Hòa Bình')),
 ('Long An (101,2%)', '101,2%', 'attainment', '%', dict(T, locality='tỉnh Long An')),
 ('Phú Thọ (99,7%)', '99,7%', 'attainment', '%', dict(T, locality='tỉnh Phú Thọ')),
 ('có 14 cơ quan', '14', 'level', 'cơ quan', dict(indicator=None)),
 ('và 7 địa phương', '7', 'level', 'địa phương', dict(indicator=None)),
 ('lần lượt đạt 62,3%', '62,3%', 'attainment', '%', dict(T, locality='tỉnh Bà Rịa - Vũng Tàu')),
 (', 66,8% và', '66,8%', 'attainment', '%', dict(T, locality='thành phố Hồ Chí Minh')),
 ('và 68,1%', '68,1%', 'attainment', '%', dict(T, locality='tỉnh Bình Định')),
]
FIGS += row('TP. Hồ Chí Minh', 'thành phố Hồ Chí Minh', '79.250', '52.940', '66,8')
FIGS += row('Hà Nội', 'thành phố Hà Nội', '53.320', '46.240', '86,7')
FIGS += row('Thanh Hóa', 'tỉnh Thanh Hóa', '17.820', '17.010', '95,5')
FIGS += row('Quảng Ninh', 'tỉnh Quảng Ninh', '15.880', '14.920', '94,0')
FIGS += row('Nghệ An', 'tỉnh Nghệ An', '14.160', '13.250', '93,6')
FIGS += [
 # regions: no administrative unit
 ('cao nhất với 91,2%', '91,2%', 'attainment', '%', dict(T, locality=None)),
 ('Bắc 89,6%', '89,6%', 'attainment', '%', dict(T, locality=None)),
 ('chỉ đạt 71,5%', '71,5%', 'attainment', '%', dict(T, locality=None)),
 # 2025
 ('là 790.727 tỷ đồng', '790.727 tỷ đồng', 'level', 'VND', dict(PLAN, period='2025')),
 ('giải ngân 100% kế hoạch', '100%', 'attainment', '%', dict(T, modality='target', period='2025')),
 ('đạt 28.100 tỷ đồng', '28.100 tỷ đồng', 'level', 'VND', dict(modality='estimate', period='2025-M01')),
 ('từ 8% trở lên', '8%', 'level', '%', dict(indicator='grdp_growth', modality='target', period='2025', bound='at_least')),
 ('bằng 3,6% kế hoạch', '3,6%', 'attainment', '%', dict(T, modality='estimate', period='2025-M01')),
]
