TEXT = '''
BÁO CẦN THƠ
Thứ tư, 12/03/2025 - 11:05
Kinh tế | Thị trường | Nông nghiệp | Đô thị | Xã hội

Giá heo hơi tăng 2.000 đồng/kg, rau xanh hạ nhiệt

Sáng 12/3, tại các chợ trên địa bàn TP Cần Thơ, giá thịt heo tiếp tục tăng nhẹ, trong khi giá rau xanh giảm 10 - 15% so với tuần trước do nguồn cung dồi dào.

Theo ghi nhận tại chợ Tân An (quận Ninh Kiều), thịt heo đùi có giá 115.000 - 120.000 đồng/kg, ba rọi 140.000 đồng/kg, tăng 5.000 đồng/kg so với hôm qua. Giá heo hơi thương lái thu mua tại các huyện ngoại thành ở mức 68.000 - 70.000 đồng/kg, tăng 2.000 đồng/kg so với tuần trước và cao hơn cùng kỳ năm 2024 khoảng 12.000 đồng/kg.

Giá một số mặt hàng tại chợ Tân An sáng 12/3 (đồng/kg; tăng, giảm so với hôm qua):
- Cải xanh: 12.000 (giảm 3.000)
- Bắp cải: 10.000 (giảm 2.000)
- Cà chua: 18.000 (không đổi)
- Gà ta làm sẵn: 125.000 (tăng 5.000)

Ở chợ Xuân Khánh, rau muống 8.000 đồng/bó, dưa leo 12.000 - 14.000 đồng/kg, giảm khoảng 20% so với đầu tháng 3. Tiểu thương cho biết sức mua chỉ bằng 70% ngày thường.

Giá lúa ổn định

Tại huyện Thới Lai, lúa tươi OM 18 được thương lái thu mua 7.600 - 7.800 đồng/kg, lúa Đài thơm 8 giá 8.200 đồng/kg, giảm 200 đồng/kg so với tuần trước. Vụ Đông Xuân 2024 - 2025, toàn thành phố xuống giống 75.420 ha, đến nay đã thu hoạch được 48.600 ha, đạt 64,4% diện tích, năng suất bình quân 7,1 tấn/ha.

Theo Sở Công Thương, tổng lượng hàng hóa cung ứng cho các chợ đầu mối mỗi ngày khoảng 1.200 tấn rau, củ, quả và 180 tấn thịt các loại, tăng 8% so với tháng trước. Giá vàng SJC sáng cùng ngày niêm yết 91,2 triệu đồng/lượng bán ra, tăng 600.000 đồng/lượng so với cuối tuần trước.

Tiểu thương bán rau tại chợ Tân An, quận Ninh Kiều sáng 12/3. Ảnh: Ngọc Thiện

Chỉ số giá tiêu dùng (CPI) tháng 2/2025 của thành phố tăng 0,52% so với tháng trước và tăng 3,21% so với cùng kỳ năm 2024.

NGỌC THIỆN

Tin cùng chuyên mục
- Giá xăng giảm hơn 500 đồng/lít từ 15 giờ chiều nay (06/03/2025)
- Cần Thơ: 2 tháng xuất khẩu đạt 412 triệu USD (04/03/2025)

Báo Cần Thơ - Cơ quan của Đảng bộ TP Cần Thơ. Giấy phép số 96/GP-BTTTT. ĐT: 0292.3820.166 | Lượt xem: 1.075
'''
META = {'published': '2025-03-12', 'locality': 'thành phố Cần Thơ'}
DEFAULTS = {'locality': 'thành phố Cần Thơ', 'period': '2025-M03', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
D = {'direction': 'down'}
PP = {'base': 'previous_period'}
SP = {'base': 'same_period'}
NK = {'locality': 'quận Ninh Kiều'}
TL = {'locality': 'huyện Thới Lai'}
DX = {'period': '2024/2025'}
OPT = {'optional': True}
FIGS = [
 ('tăng 2.000 đồng/kg,', '2.000 đồng/kg', 'change', 'VND/kg', d(U)),
 ('giảm 10 - 15%', '10 - 15%', 'change', '%', d(D, PP)),
 ('giá 115.000 - 120.000 đồng/kg', '115.000 - 120.000 đồng/kg', 'level', 'VND/kg', d(NK)),
 ('rọi 140.000 đồng/kg', '140.000 đồng/kg', 'level', 'VND/kg', d(NK)),
 ('tăng 5.000 đồng/kg', '5.000 đồng/kg', 'change', 'VND/kg', d(NK, U, PP)),
 ('mức 68.000 - 70.000 đồng/kg', '68.000 - 70.000 đồng/kg', 'level', 'VND/kg', d()),
 ('tăng 2.000 đồng/kg so', '2.000 đồng/kg', 'change', 'VND/kg', d(U, PP)),
 ('khoảng 12.000 đồng/kg', '12.000 đồng/kg', 'change', 'VND/kg', d(U, SP, bound='about')),
 ('xanh: 12.000', '12.000', 'level', 'VND/kg', d(NK)),
 ('(giảm 3.000)', '3.000', 'change', 'VND/kg', d(NK, D, PP)),
 ('cải: 10.000', '10.000', 'level', 'VND/kg', d(NK)),
 ('(giảm 2.000)', '2.000', 'change', 'VND/kg', d(NK, D, PP)),
 ('chua: 18.000', '18.000', 'level', 'VND/kg', d(NK)),
 ('sẵn: 125.000', '125.000', 'level', 'VND/kg', d(NK)),
 ('(tăng 5.000)', '5.000', 'change', 'VND/kg', d(NK, U, PP)),
 ('8.000 đồng/bó', '8.000 đồng/bó', 'level', 'VND/bó', d()),
 ('12.000 - 14.000 đồng/kg', '12.000 - 14.000 đồng/kg', 'level', 'VND/kg', d()),
 ('khoảng 20%', '20%', 'change', '%', d(D, PP, bound='about')),
 ('bằng 70%', '70%', 'level', '%', OPT),
 ('mua 7.600 - 7.800 đồng/kg', '7.600 - 7.800 đồng/kg', 'level', 'VND/kg', d(TL)),
 ('giá 8.200 đồng/kg', '8.200 đồng/kg', 'level', 'VND/kg', d(TL)),
 ('giảm 200 đồng/kg', '200 đồng/kg', 'change', 'VND/kg', d(TL, D, PP)),
 ('giống 75.420 ha', '75.420 ha', 'level', 'ha', d(DX, indicator='crop_area')),
 ('được 48.600 ha', '48.600 ha', 'level', 'ha', d(DX)),
 ('đạt 64,4%', '64,4%', 'level', '%', d(DX)),
 ('7,1 tấn/ha', '7,1 tấn/ha', 'level', 'tấn/ha', d(DX)),
 ('khoảng 1.200 tấn', '1.200 tấn', 'level', 'tấn/ngày', d(bound='about')),
 ('180 tấn', '180 tấn', 'level', 'tấn/ngày', d()),
 ('tăng 8%', '8%', 'change', '%', d(U, PP)),
 ('91,2 triệu đồng/lượng', '91,2 triệu đồng/lượng', 'level', 'VND/lượng', d()),
 ('600.000 đồng/lượng', '600.000 đồng/lượng', 'change', 'VND/lượng', d(U, PP)),
 ('tăng 0,52%', '0,52%', 'change', '%', d(U, PP, indicator='cpi', period='2025-M02')),
 ('tăng 3,21%', '3,21%', 'change', '%', d(U, SP, indicator='cpi', period='2025-M02')),
]
