TEXT = '''
Thứ Tư, ngày 10/04/2024 | 08:16

Xã hội

Sóc Trăng: Chung tay cùng người dân vượt qua mùa khô hạn, xâm nhập mặn

Những ngày này, tại các xã ven biển của huyện Trần Đề, Cù Lao Dung và thị xã Vĩnh Châu, nắng nóng kéo dài, nước mặn theo các cửa sông Định An, Trần Đề vào sâu trong nội đồng. Chính quyền các cấp cùng các lực lượng đã và đang nỗ lực hỗ trợ người dân có nước sinh hoạt, bảo vệ những diện tích lúa, màu còn lại.

Người dân ấp Giồng Chùa, xã Vĩnh Hải (thị xã Vĩnh Châu) nhận nước ngọt từ xe bồn của lực lượng vũ trang. Ảnh: Thanh Tâm

Nước ngọt quý như vàng

Chín giờ sáng 9/4, trên tuyến đường dẫn vào ấp Giồng Chùa, xã Vĩnh Hải, chiếc xe bồn của Bộ Chỉ huy Quân sự tỉnh vừa dừng lại, bà con đã xếp hàng dài với đủ loại can, thùng. Bà Thạch Thị Sa Rây, 67 tuổi, cho biết gia đình bà có 5 người, từ Tết đến nay cái lu 2 khối để trữ nước mưa đã cạn, mỗi ngày phải mua nước ngọt với giá 80.000 đồng/khối. “Có nước của bộ đội chở tới, tôi đỡ được mấy chục ngàn mỗi ngày, để dành tiền mua gạo”, bà Sa Rây nói.

Cách đó không xa, ông Lâm Văn Tư, 58 tuổi, ở ấp Âu Thọ B, chỉ tay về phía ruộng lúa vàng úa: “Năm nay tôi sạ 3 công lúa, mặn vô lúc lúa đang làm đòng nên chắc chỉ cứu được chừng một nửa. Tôi được xã hỗ trợ 1 triệu đồng với 2 bao giống để chuẩn bị cho vụ sau”.

Theo Sở Nông nghiệp và Phát triển nông thôn, mùa khô 2023 - 2024, mặn xuất hiện sớm hơn trung bình nhiều năm khoảng 1 tháng. Tại trạm Đại Ngãi (huyện Long Phú), độ mặn cao nhất đo được ngày 6/4 là 7,2‰; ranh mặn 4‰ đã vào sâu khoảng 50 km tính từ cửa sông.

Thiệt hại được kiềm chế

Theo thống kê mới nhất của ngành nông nghiệp, toàn tỉnh có khoảng 3.860 hộ dân thiếu nước sinh hoạt, tập trung ở thị xã Vĩnh Châu và huyện Trần Đề. Diện tích lúa Đông Xuân muộn bị ảnh hưởng là hơn 1.250 ha, trong đó 420 ha thiệt hại trên 70%; ước thiệt hại khoảng 18,6 tỷ đồng. Ngoài ra, khoảng 150 ha hành tím, rau màu của nông dân Vĩnh Châu bị giảm năng suất do thiếu nước tưới.

Ông Trần Văn Lâu, Chủ tịch UBND tỉnh Sóc Trăng, cho biết: “So với mùa khô năm 2020, năm nay diện tích lúa thiệt hại giảm gần 80%, nhờ dự báo sớm và người dân đã xuống giống né mặn theo khuyến cáo. Tỉnh đã dự báo từ tháng 10/2023 và chỉ đạo các địa phương chủ động trữ nước, vận hành hệ thống cống theo Quyết định số 2569/QĐ-UBND”.

Đến nay, UBND tỉnh đã trích ngân sách dự phòng hỗ trợ 4,2 tỷ đồng cho các địa phương mua bồn chứa, vận chuyển nước ngọt. Các đơn vị đã cấp phát 1.200 bồn chứa nước loại 1.000 lít cho hộ nghèo, hộ cận nghèo; lực lượng vũ trang tỉnh và Bộ đội Biên phòng tỉnh huy động 14 xe bồn chở nước đến các điểm dân cư.

Ông Lâm Hoàng Nghiệp, Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn, cho biết đơn vị đã lắp đặt thêm 6 trạm lọc nước mặn di động tại xã Lai Hòa, xã Vĩnh Tân; tổ chức trực 24/24 giờ để tiếp nhận phản ánh của người dân qua đường dây nóng 0299.3822.115.

Hỗ trợ kịp thời, đúng đối tượng

Chiều 9/4, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh Vương Quốc Nam dẫn đầu đã đi kiểm tra tình hình tại cống Rạch Mọp, kênh 3/2 và tuyến đê biển Vĩnh Châu. Đoàn đã trao 500 phần quà cho các hộ khó khăn ở xã Vĩnh Hải, mỗi phần gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt.

Phó Chủ tịch UBND tỉnh Vương Quốc Nam yêu cầu các địa phương rà soát, thống kê thiệt hại, lập hồ sơ hỗ trợ theo Nghị định số 02/2017/NĐ-CP của Chính phủ, bảo đảm công khai, đúng đối tượng; tuyệt đối không để người dân nào thiếu nước sinh hoạt. Ngành nông nghiệp tiếp tục theo dõi chặt chẽ độ mặn để thông tin kịp thời, hướng dẫn nông dân lấy nước khi độ mặn dưới 1‰.

Tại huyện Cù Lao Dung, UBND huyện đã vận động các nhà hảo tâm hỗ trợ hơn 320 triệu đồng để mua bồn chứa, lắp đặt đường ống dẫn nước từ trạm cấp nước xã An Thạnh 3 về ấp Phước Hòa. Ông Nguyễn Văn Sang, Bí thư Huyện ủy Cù Lao Dung, cho biết huyện đã có Công văn số 185/UBND-NN đề nghị tỉnh sớm đầu tư hệ thống cấp nước tập trung cho các xã cuối cù lao.

Không chỉ lực lượng vũ trang, nhiều đoàn viên, thanh niên cũng có mặt ở các điểm cấp nước. Tỉnh Đoàn Sóc Trăng phát động chương trình “Giọt nước nghĩa tình” từ ngày 1/4 đến hết ngày 30/5; các đội hình thanh niên tình nguyện của Trường Đại học Cần Thơ, Trường Cao đẳng Cộng đồng Sóc Trăng túc trực từ 6 giờ đến 11 giờ mỗi ngày để giúp người già, người khuyết tật khiêng nước về nhà. Anh Trần Quốc Huy, Bí thư Đoàn xã Vĩnh Hải, 29 tuổi, chia sẻ: “Nhiều cụ ở ấp Giồng Chùa sống một mình, con cháu đi làm công nhân ở Bình Dương, nên tụi em chia ca để chở nước tới tận nhà”.

Trong khi đó, các chùa Khmer như chùa Kh’Leang, chùa Sà Lôn cũng mở cửa cho bà con đến lấy nước từ giếng khoan. Hòa thượng Lý Hùng, trụ trì chùa Sà Lôn (Chén Kiểu), cho biết nhà chùa mở vòi từ sáng sớm, ai cần cứ đến lấy, không phân biệt người Kinh, người Khmer hay người Hoa. Theo Kế hoạch số 45/KH-UBND ngày 20/2/2024 của UBND tỉnh về phòng, chống hạn hán, thiếu nước, xâm nhập mặn, các địa phương phải báo cáo tình hình trước 16 giờ hằng ngày qua hệ thống điều hành trực tuyến.

Ở huyện Trần Đề, nông dân xã Lịch Hội Thượng đã kịp thu hoạch sớm phần lớn diện tích lúa ST24, ST25 trước khi mặn đạt đỉnh. Ông Huỳnh Văn Chiến, Giám đốc Hợp tác xã nông nghiệp Hòa Lộc, nhớ lại trận hạn mặn lịch sử năm 2016 và năm 2020, khi cả cánh đồng gần như mất trắng. “Bây giờ mình có lịch thời vụ, có tin nhắn cảnh báo gửi về điện thoại, nên bà con chủ động hơn nhiều”, ông nói.

Về lâu dài, tỉnh đang triển khai dự án cống Nhu Gia và các hồ trữ nước ngọt theo Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Khi hoàn thành, các công trình sẽ góp phần kiểm soát mặn cho vùng sản xuất dọc Quốc lộ 1A và Quốc lộ Nam Sông Hậu.

Bà Sa Rây tiễn chúng tôi ra đầu ấp, trên tay vẫn ôm can nước vừa nhận. Bà bảo, chỉ mong trời sớm mưa để cả xóm lại được gieo sạ như mọi năm.

Bài, ảnh: Thanh Tâm - Quốc Tuấn
'''
META = {'published': '2024-04-10', 'locality': 'tỉnh Sóc Trăng'}
DEFAULTS = {'locality': 'tỉnh Sóc Trăng', 'period': '2024', 'modality': 'actual'}
FIGS = [
 ('ngày 6/4 là 7,2‰', '7,2‰', 'level', '‰', dict(period='2024-M04')),
 ('vào sâu khoảng 50 km', '50 km', 'level', 'km', dict(optional=True)),
 ('khoảng 3.860 hộ dân', '3.860', 'level', 'hộ', dict(bound='about')),
 ('hơn 1.250 ha', '1.250 ha', 'level', 'ha', dict(bound='over')),
 ('trong đó 420 ha', '420 ha', 'level', 'ha', dict()),
 ('thiệt hại trên 70%', '70%', 'level', '%', dict(optional=True)),
 ('khoảng 18,6 tỷ đồng', '18,6 tỷ đồng', 'level', 'VND', dict(bound='about', modality='estimate')),
 ('khoảng 150 ha hành tím', '150 ha', 'level', 'ha', dict(bound='about')),
 ('giảm gần 80%', '80%', 'change', '%', dict(direction='down', base='2020', bound='nearly')),
 ('hỗ trợ 4,2 tỷ đồng', '4,2 tỷ đồng', 'level', 'VND', dict()),
 ('cấp phát 1.200 bồn', '1.200', 'level', 'bồn', dict()),
 ('huy động 14 xe bồn', '14', 'level', 'xe bồn', dict(optional=True)),
 ('thêm 6 trạm lọc', '6', 'level', 'trạm lọc nước mặn', dict(optional=True)),
 ('trao 500 phần quà', '500', 'level', 'phần quà', dict(optional=True)),
 ('300.000 đồng tiền mặt', '300.000 đồng', 'level', 'VND', dict(optional=True)),
 ('hơn 320 triệu đồng', '320 triệu đồng', 'level', 'VND', dict(locality='huyện Cù Lao Dung', bound='over')),
]
