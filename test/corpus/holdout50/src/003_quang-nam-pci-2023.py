TEXT = '''
QUẢNG NAM ONLINE
Thứ Năm, 09/05/2024 | 10:25

Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Quốc phòng - An ninh | Quảng Nam 360°

PCI 2023: Quảng Nam tăng 14 bậc, đứng thứ 18/63 tỉnh, thành phố

(QNO) - Sáng 8/5, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023. Quảng Nam đạt 67,12 điểm, tăng 2,86 điểm so với năm 2022, xếp thứ 18/63 tỉnh, thành phố, tăng 14 bậc và lần đầu tiên sau 5 năm trở lại nhóm điều hành khá.

Đây là năm thứ hai liên tiếp PCI của tỉnh tăng hạng, sau khi năm 2022 đạt 64,26 điểm, xếp thứ 32/63. Trên cả nước, điểm trung vị PCI 2023 là 65,14 điểm; Quảng Ninh tiếp tục dẫn đầu với 70,50 điểm.

So với năm 2022, Quảng Nam tăng điểm ở 7/10 chỉ số thành phần:
- Gia nhập thị trường: 7,38 điểm (+0,52);
- Tiếp cận đất đai: 6,41 điểm (+0,87);
- Tính minh bạch: 6,02 điểm (+0,35);
- Chi phí thời gian: 7,15 điểm (+1,04);
- Chi phí không chính thức: 6,88 điểm (+0,61);
- Tính năng động của chính quyền tỉnh: 6,74 điểm (+1,12);
- Hỗ trợ doanh nghiệp: 6,30 điểm (+0,28).

Ba chỉ số giảm điểm là Cạnh tranh bình đẳng (5,86 điểm, giảm 0,47 điểm), Đào tạo lao động (6,23 điểm, giảm 0,19 điểm) và Thiết chế pháp lý và an ninh trật tự (7,02 điểm, giảm 0,08 điểm).

Lãnh đạo tỉnh Quảng Nam trao đổi với doanh nghiệp tại hội nghị ngày 8/5. Ảnh: VINH ANH

Ngay sau lễ công bố, UBND tỉnh tổ chức Hội nghị gặp mặt doanh nghiệp, nhà đầu tư với sự tham gia của hơn 300 đại biểu. Theo Sở Kế hoạch và Đầu tư, năm 2023 toàn tỉnh có 1.126 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.216 tỷ đồng, giảm 6,8% về số lượng so với năm 2022; 452 doanh nghiệp giải thể, 1.318 doanh nghiệp tạm ngừng kinh doanh. Tỉnh cấp mới 28 dự án đầu tư với tổng vốn 6.340 tỷ đồng, trong đó có 6 dự án FDI với tổng vốn đăng ký 42,5 triệu USD.

Kết quả Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2023 cũng được công bố tại hội nghị. Khối địa phương, thị xã Điện Bàn dẫn đầu với 80,14 điểm, huyện Núi Thành đứng thứ hai với 78,56 điểm.

Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Lê Văn Dũng thừa nhận kết quả PCI 2023 vẫn chưa tương xứng với tiềm năng. "Mục tiêu đến năm 2025, PCI của Quảng Nam đạt từ 68 điểm trở lên, đưa tỉnh vào nhóm 15 địa phương dẫn đầu", ông Dũng nhấn mạnh.

VINH ANH

Tin liên quan
- Quảng Nam: 4 tháng đầu năm thu hút 9 dự án đầu tư (06/05/2024)
- Tháo gỡ khó khăn cho 27 dự án chậm tiến độ tại Chu Lai (28/04/2024)

Báo Quảng Nam - Cơ quan của Đảng bộ tỉnh Quảng Nam. Giấy phép số 457/GP-BTTTT. Địa chỉ: 5 Trần Hưng Đạo, TP. Tam Kỳ. Hotline: 0235.3810.567
'''
META = {'published': '2024-05-09', 'locality': 'tỉnh Quảng Nam'}
DEFAULTS = {'locality': 'tỉnh Quảng Nam', 'period': '2023', 'modality': 'actual'}
P = dict(indicator='pci')
D = 'điểm'
UP = dict(direction='up', base='2022')
FIGS = [
 ('tăng 14 bậc, đứng', '14', 'change', 'bậc', dict(P, direction='up')),
 ('đạt 67,12 điểm', '67,12 điểm', 'level', D, dict(P)),
 ('tăng 2,86 điểm', '2,86 điểm', 'change', D, dict(P, **UP)),
 ('tăng 14 bậc và', '14', 'change', 'bậc', dict(P, direction='up')),
 ('đạt 64,26 điểm', '64,26 điểm', 'level', D, dict(P, period='2022')),
 ('là 65,14 điểm', '65,14 điểm', 'level', D, dict(P, locality='cả nước')),
 ('với 70,50 điểm', '70,50 điểm', 'level', D, dict(P, locality='tỉnh Quảng Ninh')),
 ('ở 7/10 chỉ số', '7/10', 'ratio', 'chỉ số', dict()),
 ('trường: 7,38 điểm', '7,38 điểm', 'level', D, dict()),
 ('(+0,52)', '0,52', 'change', D, dict(UP)),
 ('đai: 6,41 điểm', '6,41 điểm', 'level', D, dict()),
 ('(+0,87)', '0,87', 'change', D, dict(UP)),
 ('bạch: 6,02 điểm', '6,02 điểm', 'level', D, dict()),
 ('(+0,35)', '0,35', 'change', D, dict(UP)),
 ('gian: 7,15 điểm', '7,15 điểm', 'level', D, dict()),
 ('(+1,04)', '1,04', 'change', D, dict(UP)),
 ('thức: 6,88 điểm', '6,88 điểm', 'level', D, dict()),
 ('(+0,61)', '0,61', 'change', D, dict(UP)),
 ('tỉnh: 6,74 điểm', '6,74 điểm', 'level', D, dict()),
 ('(+1,12)', '1,12', 'change', D, dict(UP)),
 ('nghiệp: 6,30 điểm', '6,30 điểm', 'level', D, dict()),
 ('(+0,28)', '0,28', 'change', D, dict(UP)),
 ('(5,86 điểm', '5,86 điểm', 'level', D, dict()),
 ('giảm 0,47 điểm', '0,47 điểm', 'change', D, dict(direction='down')),
 ('(6,23 điểm', '6,23 điểm', 'level', D, dict()),
 ('giảm 0,19 điểm', '0,19 điểm', 'change', D, dict(direction='down')),
 ('(7,02 điểm', '7,02 điểm', 'level', D, dict()),
 ('giảm 0,08 điểm', '0,08 điểm', 'change', D, dict(direction='down')),
 ('hơn 300 đại biểu', '300', 'level', 'đại biểu', dict(optional=True)),
 ('có 1.126 doanh nghiệp', '1.126', 'level', 'doanh nghiệp', dict(indicator='new_enterprises')),
 ('ký 9.216 tỷ đồng', '9.216 tỷ đồng', 'level', 'VND', dict()),
 ('giảm 6,8%', '6,8%', 'change', '%', dict(indicator='new_enterprises', direction='down', base='2022')),
 ('452 doanh nghiệp', '452', 'level', 'doanh nghiệp', dict()),
 ('1.318 doanh nghiệp', '1.318', 'level', 'doanh nghiệp', dict()),
 ('mới 28 dự án', '28', 'level', 'dự án', dict()),
 ('vốn 6.340 tỷ đồng', '6.340 tỷ đồng', 'level', 'VND', dict()),
 ('có 6 dự án', '6', 'level', 'dự án', dict()),
 ('ký 42,5 triệu USD', '42,5 triệu USD', 'level', 'USD', dict(indicator='fdi')),
 ('với 80,14 điểm', '80,14 điểm', 'level', D, dict(locality='thị xã Điện Bàn')),
 ('với 78,56 điểm', '78,56 điểm', 'level', D, dict(locality='huyện Núi Thành')),
 ('từ 68 điểm trở lên', '68 điểm', 'level', D, dict(P, modality='target', period='2025', bound='at_least')),
]
