TEXT = '''
BÁO QUẢNG NAM ĐIỆN TỬ
Cập nhật lúc 15:20 ngày 05/01/2024
Chính trị | Kinh tế | Xã hội | Pháp luật | Quốc phòng - An ninh

Quản lý thị trường Quảng Nam: Năm 2023 xử lý 1.124 vụ vi phạm, thu nộp ngân sách hơn 8,6 tỷ đồng

(QNO) - Năm 2023, Cục Quản lý thị trường (QLTT) tỉnh đã kiểm tra 1.386 vụ, phát hiện và xử lý 1.124 vụ vi phạm, tăng 6,8% so với năm 2022; tổng số tiền thu nộp ngân sách nhà nước hơn 8,6 tỷ đồng, đạt 143,3% kế hoạch năm.

Theo báo cáo tại hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 do Cục QLTT tỉnh tổ chức sáng 5/1, trong số tiền thu nộp ngân sách có 7,12 tỷ đồng tiền phạt vi phạm hành chính và 1,48 tỷ đồng tiền bán hàng tịch thu; trị giá hàng hoá chưa bán, buộc tiêu huỷ khoảng 2,3 tỷ đồng.

Trong tổng số vụ vi phạm, hàng cấm, hàng nhập lậu có 186 vụ; hàng giả, hàng xâm phạm quyền sở hữu trí tuệ 94 vụ; vi phạm về giá, đo lường, chất lượng 212 vụ; vi phạm trong kinh doanh và an toàn thực phẩm 632 vụ. So với năm trước, số vụ hàng giả tăng 21 vụ, chủ yếu là mỹ phẩm, thực phẩm chức năng và quần áo giả mạo nhãn hiệu bán qua mạng xã hội.

Lực lượng QLTT kiểm tra một cơ sở kinh doanh mỹ phẩm tại TP. Tam Kỳ. Ảnh: Q.T

Trên địa bàn thành phố Tam Kỳ, lực lượng xử lý 238 vụ, chiếm 21,2% số vụ toàn tỉnh; thị xã Điện Bàn và thành phố Hội An lần lượt 164 vụ và 131 vụ. Ở khu vực miền núi, số vụ vi phạm chủ yếu liên quan đến hàng hoá không rõ nguồn gốc, thuốc lá điếu nhập lậu.

Đối với mặt hàng xăng dầu, lực lượng đã kiểm tra 142 cửa hàng, phát hiện 9 cửa hàng vi phạm về đo lường, chất lượng, xử phạt 286 triệu đồng. Đáng chú ý, Cục đã phát hiện, xử lý 48 vụ vi phạm trong hoạt động thương mại điện tử, gấp 2,2 lần năm 2022, phạt tiền 654 triệu đồng; tạm giữ hơn 3.200 sản phẩm các loại.

Phát biểu chỉ đạo hội nghị, đại diện lãnh đạo Uỷ ban nhân dân tỉnh, Trưởng Ban Chỉ đạo 389 tỉnh đề nghị lực lượng QLTT tăng cường phối hợp với công an, hải quan, bộ đội biên phòng kiểm soát hàng hoá qua các tuyến đường Hồ Chí Minh, Quốc lộ 14D và Quốc lộ 1, nhất là trong dịp cao điểm Tết Giáp Thìn.

Năm 2024, Cục QLTT tỉnh được giao chỉ tiêu thu nộp ngân sách 6,5 tỷ đồng; phấn đấu kiểm tra không dưới 1.200 vụ, trong đó ít nhất 30% số vụ tập trung vào hàng giả, hàng nhái và kinh doanh trên môi trường mạng.

QUỐC TUẤN

Tin cùng chuyên mục
- Tam Kỳ: Tiêu huỷ hơn 2 tấn hàng hoá vi phạm
- Phát hiện 1.500 bao thuốc lá nhập lậu tại Núi Thành
- Hội An: Xử phạt 3 cơ sở kinh doanh vàng không niêm yết giá

Giấy phép số 43/GP-BTTTT | Toà soạn: 05 Trần Hưng Đạo, TP. Tam Kỳ | Điện thoại: (0235) 3852 484
'''
META = {'published': '2024-01-05', 'locality': 'tỉnh Quảng Nam'}
DEFAULTS = {'locality': 'tỉnh Quảng Nam', 'period': '2023', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
P = {'period': '2024', 'modality': 'target'}
FIGS = [
 ('Năm 2023 xử lý 1.124 vụ', '1.124', 'level', 'vụ', d()),
 ('hơn 8,6 tỷ đồng\n', '8,6 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('kiểm tra 1.386 vụ', '1.386', 'level', 'vụ', d()),
 ('xử lý 1.124 vụ vi phạm, tăng', '1.124', 'level', 'vụ', d()),
 ('tăng 6,8% so với năm 2022', '6,8%', 'change', '%', d(U, base='2022')),
 ('hơn 8,6 tỷ đồng, đạt', '8,6 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('đạt 143,3% kế hoạch', '143,3%', 'attainment', '%', d(base='target')),
 ('có 7,12 tỷ đồng', '7,12 tỷ đồng', 'level', 'VND', d()),
 ('và 1,48 tỷ đồng', '1,48 tỷ đồng', 'level', 'VND', d()),
 ('khoảng 2,3 tỷ đồng', '2,3 tỷ đồng', 'level', 'VND', d(bound='about')),
 ('có 186 vụ', '186', 'level', 'vụ', d()),
 ('trí tuệ 94 vụ', '94', 'level', 'vụ', d()),
 ('chất lượng 212 vụ', '212', 'level', 'vụ', d()),
 ('thực phẩm 632 vụ', '632', 'level', 'vụ', d()),
 ('tăng 21 vụ', '21', 'change', 'vụ', d(U, base='2022')),
 ('xử lý 238 vụ', '238', 'level', 'vụ', d(locality='thành phố Tam Kỳ')),
 ('chiếm 21,2%', '21,2%', 'level', '%', d(locality='thành phố Tam Kỳ')),
 ('lần lượt 164 vụ', '164', 'level', 'vụ', d(locality='thị xã Điện Bàn')),
 ('và 131 vụ', '131', 'level', 'vụ', d(locality='thành phố Hội An')),
 ('kiểm tra 142 cửa hàng', '142', 'level', 'cửa hàng', d()),
 ('phát hiện 9 cửa hàng', '9', 'level', 'cửa hàng', d()),
 ('xử phạt 286 triệu đồng', '286 triệu đồng', 'level', 'VND', d()),
 ('xử lý 48 vụ', '48', 'level', 'vụ', d()),
 ('gấp 2,2 lần năm 2022', '2,2 lần', 'change', 'lần', d(U, base='2022')),
 ('phạt tiền 654 triệu đồng', '654 triệu đồng', 'level', 'VND', d()),
 ('hơn 3.200 sản phẩm', '3.200', 'level', 'sản phẩm', d(bound='over')),
 ('ngân sách 6,5 tỷ đồng', '6,5 tỷ đồng', 'level', 'VND', d(P)),
 ('không dưới 1.200 vụ', '1.200', 'level', 'vụ', d(P, bound='at_least')),
 ('ít nhất 30% số vụ', '30%', 'level', '%', d(P, bound='at_least')),
]
