TEXT = '''
Nông nghiệp - Nông thôn

Nông dân Giồng Trôm chủ động trữ nước ngọt trước mùa khô

Thứ Bảy, 16/11/2024 - 06:20

(ĐK) - Những ngày giữa tháng 11, dọc Quốc lộ 57 qua xã Phước Long, huyện Giồng Trôm, không khó để bắt gặp cảnh bà con nạo vét mương vườn, gia cố bờ bao, lót bạt ao chứa để trữ nước ngọt cho vườn dừa, vườn bưởi.

Theo dự báo của cơ quan khí tượng, mùa khô năm nay ranh mặn 4‰ có khả năng vào sâu và sớm hơn trung bình nhiều năm. Rút kinh nghiệm từ đợt hạn mặn lịch sử năm 2016 và năm 2020, nhiều hộ đã đầu tư túi trữ nước, bồn nhựa và máy bơm từ sớm.

Ông Trần Văn Hiếu, ngụ ấp Phước Hòa, chia sẻ: "Trước đây cứ đến tháng Chạp là lo thiếu nước tưới. Giờ nhà tôi có ao trữ và túi chứa, mặn vào cũng không lo cây dừa bị khô đọt như mấy năm trước."

Chủ tịch UBND xã Phước Long Nguyễn Thị Bích Vân cho biết, xã đã thành lập tổ xung kích hướng dẫn bà con đo độ mặn trước khi lấy nước, đồng thời phối hợp với Hợp tác xã Dừa Phước Long vận động thành viên chuyển sang canh tác hữu cơ, tăng sức chống chịu cho cây trồng.

Sở Nông nghiệp và Phát triển nông thôn khuyến cáo người dân theo dõi bản tin mặn hằng ngày, không lấy nước khi độ mặn vượt ngưỡng, đồng thời chuẩn bị phương án cấp nước sinh hoạt cho các hộ ở vùng ven biển Ba Tri, Bình Đại, Thạnh Phú.

Cùng với người dân, các đơn vị quản lý thủy lợi đã kiểm tra hệ thống cống, đập, sẵn sàng vận hành đóng cống khi mặn lên. Ngành điện cũng cam kết bảo đảm cấp điện ổn định cho các trạm bơm trong suốt mùa khô.

Hữu Hiệp
'''
META = {'published': '2024-11-16', 'locality': 'huyện Giồng Trôm'}
DEFAULTS = {}
FIGS = []
