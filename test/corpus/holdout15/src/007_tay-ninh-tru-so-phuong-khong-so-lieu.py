TEXT = '''
Phường Long An (mới) chính thức vận hành trụ sở làm việc

02/07/2025 - 11:45

BTN - Sáng 1/7, tại trụ sở Đảng ủy - HĐND - UBND phường Long An, tỉnh Tây Ninh (mới), lãnh đạo tỉnh đã dự lễ công bố các nghị quyết, quyết định về thành lập phường và thành lập các cơ quan của hệ thống chính trị phường. Phường Long An được thành lập trên cơ sở sắp xếp Phường 1, Phường 3, Phường 4 và xã Hướng Thọ Phú của thành phố Tân An thuộc tỉnh Long An cũ, theo Nghị quyết số 1682/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.

Tại buổi lễ, đại diện Ban Tổ chức Tỉnh ủy công bố Quyết định số 12-QĐ/TU thành lập Đảng bộ phường Long An và chỉ định Ban Chấp hành lâm thời nhiệm kỳ 2025 - 2030. Đồng chí Nguyễn Văn Tâm được chỉ định giữ chức Bí thư Đảng ủy phường; đồng chí Lê Thị Thu Trang giữ chức Chủ tịch UBND phường.

Ngay sau lễ công bố, Trung tâm Phục vụ hành chính công phường mở cửa từ 7 giờ 30, tiếp nhận hồ sơ của người dân tại số 59 đường Hùng Vương và tại điểm tiếp nhận đặt ở trụ sở xã Hướng Thọ Phú cũ. Người dân đến làm thủ tục được cán bộ, đoàn viên thanh niên hướng dẫn tận tình, nhất là các thủ tục về đất đai, hộ tịch.

Phát biểu tại buổi lễ, Phó Bí thư Tỉnh ủy Tây Ninh đề nghị cấp ủy, chính quyền phường nhanh chóng ổn định tổ chức, vận hành thông suốt mô hình chính quyền địa phương hai cấp từ ngày đầu tiên, không để gián đoạn công việc, ảnh hưởng đến người dân và doanh nghiệp. Phường cần tiếp tục triển khai Nghị quyết Đại hội Đảng bộ thành phố Tân An lần thứ XII và chuẩn bị chu đáo Đại hội đại biểu Đảng bộ phường lần thứ I.

Đón nhận nhiệm vụ mới, Bí thư Đảng ủy phường Long An bày tỏ quyết tâm xây dựng phường văn minh, hiện đại, xứng đáng là trung tâm hành chính của khu vực phía Đông tỉnh, gắn với các tuyến Quốc lộ 1, Quốc lộ 62 và đường tỉnh 827.

Tin, ảnh: Thanh Hương
'''
META = {'published': '2025-07-02', 'locality': 'phường Long An'}
DEFAULTS = {'locality': 'phường Long An', 'period': '2025', 'modality': 'actual'}
FIGS = []
