TEXT = '''
Trang chủ | Kinh tế | Nông nghiệp | Biển - Đảo

Thứ Ba, 03/12/2024 - 15:20

Kinh tế

Hà Tĩnh: Tổng sản lượng thủy sản 11 tháng ước đạt hơn 50 nghìn tấn

(Baohatinh.vn) - 11 tháng năm 2024, dù thời tiết diễn biến phức tạp, giá nhiên liệu ở mức cao, ngư dân Hà Tĩnh vẫn bám biển; tổng sản lượng thủy sản toàn tỉnh ước đạt 50.120 tấn, tăng 4,6% so với cùng kỳ năm trước, bằng 92,8% kế hoạch năm.

Tàu cá của ngư dân xã Thạch Kim (Lộc Hà) cập cảng cá Cửa Sót. (Ảnh: Thiên Vỹ)

Theo Chi cục Thủy sản Hà Tĩnh, trong tổng sản lượng, khai thác đạt 39.870 tấn, nuôi trồng đạt 10.250 tấn. Các địa phương có sản lượng khai thác lớn là huyện Thạch Hà, Cẩm Xuyên và Nghi Xuân, với sản lượng lần lượt 9.800 tấn, 8.650 tấn và 7.400 tấn. Giá trị sản xuất thủy sản ước đạt 2.150 tỷ đồng, tăng 5,2%.

Ông Nguyễn Văn Hòa (58 tuổi, ở xã Thạch Kim) cho biết, chuyến biển vừa qua tàu ông đánh bắt được 3 tấn cá, bán được hơn 120 triệu đồng, trừ chi phí mỗi lao động được chia khoảng 8 triệu đồng. "Năm nay giá dầu cao nhưng cá được mùa nên anh em vẫn bám biển", ông nói.

Đến hết tháng 11/2024, toàn tỉnh có 4.012 tàu cá, trong đó 112 tàu có chiều dài từ 15 m trở lên; 100% tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình (VMS) và duy trì kết nối theo quy định tại Nghị định số 37/2024/NĐ-CP.

Ngư dân vận chuyển cá lên bờ tại cảng cá Xuân Hội. (Ảnh: Thiên Vỹ)

Về nuôi trồng, diện tích nuôi trồng thủy sản đạt 3.450 ha/KH 3.600 ha. Nhiều mô hình nuôi tôm thẻ chân trắng trong nhà màng, nuôi tuần hoàn 2 - 3 giai đoạn cho năng suất 25 - 30 tấn/ha/vụ, gấp 3 lần nuôi truyền thống. Tuy vậy, dịch bệnh đốm trắng vẫn xảy ra rải rác ở một số vùng nuôi ven sông Nghèn.

Công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) được triển khai quyết liệt. Từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 1.236 lượt tàu cá, xử phạt 58 vụ vi phạm với tổng số tiền 1,45 tỷ đồng. Không có tàu cá của tỉnh vi phạm vùng biển nước ngoài.

Năm 2025, tỉnh phấn đấu tổng sản lượng thủy sản đạt 53.000 tấn trở lên, trong đó khai thác 41.000 tấn; giá trị sản xuất thủy sản tăng 5 - 6%. Ngành nông nghiệp sẽ đầu tư nâng cấp cảng cá Cửa Nhượng, khu neo đậu tránh trú bão Cửa Khẩu theo Quyết định số 1523/QĐ-UBND, đồng thời hỗ trợ ngư dân chuyển đổi nghề theo hướng bền vững.

Thu Hà

Xem thêm:
- Hà Tĩnh: Kim ngạch xuất khẩu 11 tháng đạt 1,2 tỷ USD
- Ngư dân Cẩm Xuyên trúng đậm mùa cá cơm, mỗi chuyến thu 200 triệu đồng
- Lộc Hà hoàn thành 95% kế hoạch nuôi tôm vụ 2

Đường dây nóng: 0239.3855.242
'''
META = {'published': '2024-12-03', 'locality': 'tỉnh Hà Tĩnh'}
DEFAULTS = {'locality': 'tỉnh Hà Tĩnh', 'period': '2024-11M', 'modality': 'actual'}
A = {'indicator': 'aquaculture_output'}
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2025'}
FIGS = [
 ('ước đạt hơn 50 nghìn tấn', '50 nghìn tấn', 'level', 'tấn', dict(A, bound='over', **E)),
 ('ước đạt 50.120 tấn', '50.120 tấn', 'level', 'tấn', dict(A, **E)),
 ('tăng 4,6% so với', '4,6%', 'change', '%', dict(A, direction='up', base='same_period', **E)),
 ('bằng 92,8% kế hoạch', '92,8%', 'attainment', '%', dict(A, base='target', **E)),
 ('khai thác đạt 39.870 tấn', '39.870 tấn', 'level', 'tấn', dict(A)),
 ('nuôi trồng đạt 10.250 tấn', '10.250 tấn', 'level', 'tấn', dict(A)),
 ('lần lượt 9.800 tấn', '9.800 tấn', 'level', 'tấn', dict(A, locality='huyện Thạch Hà')),
 ('tấn, 8.650 tấn', '8.650 tấn', 'level', 'tấn', dict(A, locality='huyện Cẩm Xuyên')),
 ('và 7.400 tấn', '7.400 tấn', 'level', 'tấn', dict(A, locality='huyện Nghi Xuân')),
 ('ước đạt 2.150 tỷ đồng', '2.150 tỷ đồng', 'level', 'VND', dict(E)),
 ('tăng 5,2%', '5,2%', 'change', '%', dict(direction='up', **E)),
 ('có 4.012 tàu cá', '4.012', 'level', 'tàu cá', dict(period='2024-M11')),
 ('trong đó 112 tàu', '112', 'level', 'tàu', dict(period='2024-M11')),
 ('; 100% tàu cá', '100%', 'level', '%', dict(period='2024-M11')),
 ('đạt 3.450 ha', '3.450 ha', 'level', 'ha', dict()),
 ('KH 3.600 ha', '3.600 ha', 'level', 'ha', dict(modality='target', period='2024')),
 ('năng suất 25 - 30 tấn/ha/vụ', '25 - 30 tấn/ha/vụ', 'level', 'tấn/ha/vụ', dict()),
 ('gấp 3 lần nuôi', '3 lần', 'change', 'lần', dict(direction='up')),
 ('kiểm tra 1.236 lượt', '1.236', 'level', 'lượt tàu cá', dict()),
 ('xử phạt 58 vụ', '58', 'level', 'vụ', dict()),
 ('tiền 1,45 tỷ đồng', '1,45 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 53.000 tấn trở lên', '53.000 tấn', 'level', 'tấn', dict(A, bound='at_least', **T)),
 ('khai thác 41.000 tấn', '41.000 tấn', 'level', 'tấn', dict(A, **T)),
 ('tăng 5 - 6%', '5 - 6%', 'change', '%', dict(direction='up', **T)),
]
