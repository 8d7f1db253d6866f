TEXT = '''
Báo Quảng Ngãi điện tử
Thứ Sáu, 18/11/2022 - 14:20

Xã hội > Y tế

Tỷ lệ bao phủ bảo hiểm y tế giảm, khó đạt chỉ tiêu năm 2022

(Baoquangngai.vn) - Đến ngày 31/10/2022, toàn tỉnh có 1.103.600 người tham gia bảo hiểm y tế (BHYT), đạt tỷ lệ bao phủ 89,6% dân số, giảm 1,8 điểm phần trăm so với cuối năm 2021. Với kết quả này, chỉ tiêu bao phủ BHYT 93% mà Nghị quyết HĐND tỉnh đề ra cho năm 2022 khó hoàn thành.

Theo BHXH tỉnh, nguyên nhân chủ yếu là từ đầu năm, hơn 42.000 người thuộc hộ cận nghèo, người dân tộc thiểu số sống ở các xã ra khỏi vùng đặc biệt khó khăn không còn được ngân sách cấp thẻ. Số người tham gia BHYT hộ gia đình cũng giảm, hiện còn 286.400 người, giảm 7,2% so với cùng kỳ.

Các huyện miền núi có tỷ lệ bao phủ thấp nhất tỉnh. Tỷ lệ bao phủ BHYT ở các huyện Ba Tơ, Minh Long, Sơn Tây lần lượt là 82,4%, 84,1% và 85,7%.

Tổng thu BHXH, BHYT, BHTN 10 tháng đạt 2.870 tỷ đồng, bằng 81,3% kế hoạch; số nợ đóng đến cuối tháng 10 là 154 tỷ đồng.

Để đạt chỉ tiêu, từ nay đến cuối năm, toàn tỉnh cần phát triển thêm khoảng 42.500 người tham gia BHYT. BHXH tỉnh đề nghị UBND tỉnh xem xét hỗ trợ thêm 20% mức đóng cho người thuộc hộ cận nghèo từ nguồn ngân sách địa phương.

Thanh Nhị

Tin cùng chuyên mục
- Ba Tơ: 300 thẻ BHYT tặng người nghèo (15/11/2022)
- Bệnh viện Đa khoa tỉnh tiếp nhận 2 máy chạy thận (10/11/2022)

Đường dây nóng: 0255.3822.573 - Email: baoquangngaidientu@gmail.com
'''
META = {'published': '2022-11-18', 'locality': 'tỉnh Quảng Ngãi'}
DEFAULTS = {'locality': 'tỉnh Quảng Ngãi', 'period': '2022-M10', 'modality': 'actual'}
H = {'indicator': 'health_insurance_coverage'}
T = {'period': '2022', 'modality': 'target'}
FIGS = [
 ('có 1.103.600 người', '1.103.600', 'level', 'người', dict(H)),
 ('bao phủ 89,6% dân số', '89,6%', 'level', '%', dict(H)),
 ('giảm 1,8 điểm phần trăm', '1,8 điểm phần trăm', 'change', 'điểm %', dict(H, direction='down', base='2021')),
 ('BHYT 93%', '93%', 'level', '%', dict(H, **T)),
 ('hơn 42.000 người', '42.000', 'level', 'người', dict(bound='over')),
 ('còn 286.400 người', '286.400', 'level', 'người', dict(H)),
 ('giảm 7,2% so với cùng kỳ', '7,2%', 'change', '%', dict(H, direction='down', base='same_period')),
 ('lần lượt là 82,4%', '82,4%', 'level', '%', dict(H, locality='huyện Ba Tơ')),
 ('84,1%', '84,1%', 'level', '%', dict(H, locality='huyện Minh Long')),
 ('và 85,7%', '85,7%', 'level', '%', dict(H, locality='huyện Sơn Tây')),
 ('đạt 2.870 tỷ đồng', '2.870 tỷ đồng', 'level', 'VND', dict(period='2022-10M')),
 ('bằng 81,3% kế hoạch', '81,3%', 'attainment', '%', dict(period='2022-10M', base='target')),
 ('là 154 tỷ đồng', '154 tỷ đồng', 'level', 'VND', dict()),
 ('khoảng 42.500 người', '42.500', 'level', 'người', dict(H, **T, bound='about')),
 ('thêm 20% mức đóng', '20%', 'level', '%', dict(optional=True)),
]
