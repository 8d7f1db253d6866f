# Đồng Tháp (before the 2025 merger), administrative procedures in 2023, published 10/01/2024, stored in NFD.
# Flows of the year are 2023; "so với năm trước" is the year 2022; 2024 aims are targets.
NFD = True
TEXT = '''
BÁO ĐỒNG THÁP ONLINE
Thời sự | Chính trị | Kinh tế | Xã hội | Cải cách hành chính | Văn hóa | Thể thao

Cập nhật ngày: 10/01/2024 08:45

Năm 2023, hơn 99% hồ sơ thủ tục hành chính được giải quyết đúng hạn

(ĐTO) - Theo báo cáo của Văn phòng UBND tỉnh, năm 2023, hệ thống một cửa các cấp trên địa bàn tỉnh Đồng Tháp tiếp nhận 612.480 hồ sơ thủ tục hành chính, tăng 8,4% so với năm 2022.

Đã giải quyết 603.915 hồ sơ, trong đó giải quyết trước và đúng hạn 598.270 hồ sơ, đạt 99,07%; trễ hạn 5.645 hồ sơ, chiếm 0,93%, giảm 2.310 hồ sơ so với năm trước. Riêng Sở Tài nguyên và Môi trường còn 2.140 hồ sơ trễ hạn, chiếm 37,9% tổng số hồ sơ trễ hạn của tỉnh, chủ yếu là hồ sơ đất đai.

Toàn tỉnh hiện cung cấp 1.826 thủ tục hành chính, trong đó 1.212 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình và 431 thủ tục trực tuyến một phần. Tỷ lệ hồ sơ nộp trực tuyến năm 2023 đạt 52,8%, tăng 19,6 điểm phần trăm so với năm 2022, vượt chỉ tiêu 2,8 điểm phần trăm (kế hoạch 50%).

Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 71,5%. Thanh toán trực tuyến phí, lệ phí đạt 38.920 giao dịch với số tiền hơn 6,2 tỷ đồng.

Người dân thực hiện thủ tục tại Bộ phận tiếp nhận và trả kết quả huyện Lai Vung. Ảnh: T.Hưng

Ở cấp huyện, thành phố Cao Lãnh, thành phố Sa Đéc và huyện Lai Vung dẫn đầu về tỷ lệ hồ sơ trực tuyến, lần lượt đạt 78,4%, 74,1% và 69,5%; thấp nhất là huyện Tân Hồng với 31,2%. Kết quả khảo sát sự hài lòng của người dân, doanh nghiệp tại bộ phận một cửa các cấp năm 2023 đạt 97,8%.

Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 70% trở lên; 100% hồ sơ được số hóa khi tiếp nhận; tỷ lệ hồ sơ trễ hạn dưới 0,5%. Người dân phản ánh về việc giải quyết thủ tục hành chính qua đường dây nóng 0277.3851.001.

THANH HƯNG

Tin liên quan
- Đồng Tháp: Chỉ số PCI năm 2022 xếp thứ 4/63
- Năm 2023, thu hút 1,2 triệu lượt khách đến các điểm du lịch
- Sa Đéc ra mắt mô hình "Phường thông minh"
'''
META = {'published': '2024-01-10', 'locality': 'tỉnh Đồng Tháp'}
DEFAULTS = {'locality': 'tỉnh Đồng Tháp', 'period': '2023', 'modality': 'actual'}
UP = dict(direction='up')
DN = dict(direction='down')
T = dict(period='2024', modality='target')
FIGS = [
 ('hơn 99% hồ sơ', '99%', 'level', '%', dict(bound='over')),
 ('tiếp nhận 612.480 hồ sơ', '612.480', 'level', 'hồ sơ', dict()),
 ('tăng 8,4%', '8,4%', 'change', '%', dict(UP, base='2022')),
 ('giải quyết 603.915 hồ sơ', '603.915', 'level', 'hồ sơ', dict()),
 ('hạn 598.270 hồ sơ', '598.270', 'level', 'hồ sơ', dict()),
 ('đạt 99,07%', '99,07%', 'level', '%', dict()),
 ('trễ hạn 5.645 hồ sơ', '5.645', 'level', 'hồ sơ', dict()),
 ('chiếm 0,93%', '0,93%', 'level', '%', dict()),
 ('giảm 2.310 hồ sơ', '2.310', 'change', 'hồ sơ', dict(DN, base='2022')),
 ('còn 2.140 hồ sơ', '2.140', 'level', 'hồ sơ', dict()),
 ('chiếm 37,9%', '37,9%', 'level', '%', dict()),
 ('cung cấp 1.826 thủ tục', '1.826', 'level', 'thủ tục hành chính', dict()),
 ('1.212 thủ tục', '1.212', 'level', 'thủ tục', dict()),
 ('431 thủ tục', '431', 'level', 'thủ tục', dict()),
 ('đạt 52,8%', '52,8%', 'level', '%', dict()),
 ('19,6 điểm phần trăm', '19,6 điểm phần trăm', 'change', 'điểm %', dict(UP, base='2022')),
 ('2,8 điểm phần trăm', '2,8 điểm phần trăm', 'change', 'điểm %', dict(UP, base='target', status='exceeded')),
 ('(kế hoạch 50%)', '50%', 'level', '%', dict(modality='target')),
 ('đạt 71,5%', '71,5%', 'level', '%', dict()),
 ('38.920 giao dịch', '38.920', 'level', 'giao dịch', dict()),
 ('hơn 6,2 tỷ đồng', '6,2 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('đạt 78,4%', '78,4%', 'level', '%', dict(locality='thành phố Cao Lãnh')),
 ('74,1%', '74,1%', 'level', '%', dict(locality='thành phố Sa Đéc')),
 ('69,5%', '69,5%', 'level', '%', dict(locality='huyện Lai Vung')),
 ('với 31,2%', '31,2%', 'level', '%', dict(locality='huyện Tân Hồng')),
 ('đạt 97,8%', '97,8%', 'level', '%', dict()),
 ('từ 70% trở lên', '70%', 'level', '%', dict(T, bound='at_least')),
 ('100% hồ sơ được số hóa', '100%', 'level', '%', dict(T)),
 ('dưới 0,5%', '0,5%', 'level', '%', dict(T, bound='under')),
]
