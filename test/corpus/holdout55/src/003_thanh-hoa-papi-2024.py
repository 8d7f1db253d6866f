# Thanh Hoá: PAPI 2024 as announced on 22/4/2025, written with old tone marks (hoá, uỷ, thuỷ, Hoà, khoẻ).
# The ranking's year 2024 frames the page; PAPI and its change are `papi` in 'điểm'; the eight content indices have no id.
TEXT = '''
BÁO THANH HOÁ
Thứ Tư, 23/04/2025 | 09:12 GMT+7

Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Pháp luật | Thanh Hoá ngày mới

PAPI 2024: Thanh Hoá đạt 44,62 điểm, thuộc nhóm cao nhất cả nước

(Baothanhhoa.vn) - Ngày 22/4, tại Hà Nội, Chương trình Phát triển Liên hợp quốc (UNDP) và các đối tác công bố Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024. Tổng điểm PAPI 2024 của Thanh Hoá đạt 44,62 điểm, tăng 1,08 điểm so với năm 2023, thuộc nhóm 16 tỉnh, thành phố đạt điểm cao nhất.

Điểm trung bình PAPI 2024 của cả nước là 42,37 điểm. Thanh Hoá xếp thứ 14/63 tỉnh, thành phố, sau Quảng Ninh, Hải Phòng và một số địa phương khu vực đồng bằng sông Hồng.

Trong 8 chỉ số nội dung, Thanh Hoá tăng điểm ở 5/8 chỉ số. Các chỉ số tăng điểm gồm: Công khai, minh bạch trong việc ra quyết định ở địa phương (5,62 điểm), Trách nhiệm giải trình với người dân (4,41 điểm), Kiểm soát tham nhũng trong khu vực công (6,93 điểm), Thủ tục hành chính công (7,38 điểm) và Quản trị điện tử (3,86 điểm), trong đó chỉ số Quản trị điện tử tăng mạnh nhất, 0,74 điểm.

Ba chỉ số giảm điểm là Tham gia của người dân ở cấp cơ sở, Cung ứng dịch vụ công và Quản trị môi trường, với mức giảm lần lượt là 0,12 điểm; 0,25 điểm và 0,31 điểm.

Người dân phường Đông Sơn làm thủ tục tại Trung tâm Phục vụ hành chính công thành phố Thanh Hoá. Ảnh: Minh Hằng

Đáng chú ý, tỷ lệ người dân được khảo sát sử dụng Cổng dịch vụ công quốc gia để thực hiện thủ tục hành chính tăng từ 18,2% năm 2023 lên 27,5% năm 2024; tỷ lệ người trả lời có sử dụng internet ở nhà đạt 78,9%.

Theo đại diện Sở Nội vụ, chỉ số Quản trị môi trường giảm điểm phản ánh lo ngại của người dân về chất lượng không khí, nguồn nước tại một số khu công nghiệp, khu vực khai thác khoáng sản. Chỉ số Cung ứng dịch vụ công giảm do người dân đánh giá thấp hơn về chất lượng bệnh viện tuyến huyện và trường tiểu học công lập.

Năm 2025, UBND tỉnh yêu cầu các sở, ngành, UBND các huyện, thị xã, thành phố khắc phục các chỉ số giảm điểm, phấn đấu đưa tổng điểm PAPI của tỉnh đạt từ 45 điểm trở lên, không có chỉ số nội dung nào giảm điểm.

Minh Hằng

Tin liên quan
- Thanh Hoá: Quý I, thu ngân sách đạt 13.215 tỷ đồng
- Công bố Chỉ số hài lòng về sự phục vụ của cơ quan hành chính nhà nước năm 2024
- Hoằng Hoá: Hơn 98% hồ sơ được giải quyết đúng hạn

Báo Thanh Hoá - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hoá. Giấy phép số 441/GP-BTTTT. Toà soạn: 248 Trần Phú, phường Ba Đình, TP Thanh Hoá. Điện thoại: 0237.3852.135
'''
META = {'published': '2025-04-23', 'locality': 'tỉnh Thanh Hoá'}
DEFAULTS = {'locality': 'tỉnh Thanh Hoá', 'period': '2024', 'modality': 'actual'}
P = dict(indicator='papi')
D = 'điểm'
DN = dict(direction='down')
FIGS = [
 ('Thanh Hoá đạt 44,62 điểm, thuộc', '44,62 điểm', 'level', D, dict(P)),
 ('Hoá đạt 44,62 điểm, tăng', '44,62 điểm', 'level', D, dict(P)),
 ('tăng 1,08 điểm', '1,08 điểm', 'change', D, dict(P, direction='up', base='2023')),
 ('là 42,37 điểm', '42,37 điểm', 'level', D, dict(P, locality='cả nước')),
 ('ở 5/8 chỉ số', '5/8', 'ratio', 'chỉ số', dict()),
 ('(5,62 điểm)', '5,62 điểm', 'level', D, dict()),
 ('(4,41 điểm)', '4,41 điểm', 'level', D, dict()),
 ('(6,93 điểm)', '6,93 điểm', 'level', D, dict()),
 ('(7,38 điểm)', '7,38 điểm', 'level', D, dict()),
 ('(3,86 điểm)', '3,86 điểm', 'level', D, dict()),
 ('nhất, 0,74 điểm', '0,74 điểm', 'change', D, dict(direction='up')),
 ('Ba chỉ số giảm', 'Ba', 'level', 'chỉ số', dict(value=3)),
 ('là 0,12 điểm', '0,12 điểm', 'change', D, dict(DN)),
 ('0,25 điểm', '0,25 điểm', 'change', D, dict(DN)),
 ('0,31 điểm', '0,31 điểm', 'change', D, dict(DN)),
 ('từ 18,2%', '18,2%', 'level', '%', dict(period='2023')),
 ('lên 27,5%', '27,5%', 'level', '%', dict(direction='up')),
 ('đạt 78,9%', '78,9%', 'level', '%', dict()),
 ('từ 45 điểm trở lên', '45 điểm', 'level', D, dict(P, period='2025', modality='target', bound='at_least')),
]
