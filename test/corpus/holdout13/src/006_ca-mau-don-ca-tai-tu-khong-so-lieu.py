TEXT = '''
Văn hóa - Văn nghệ

Giữ lửa đờn ca tài tử ở Khóm 5

Cập nhật ngày: 14/09/2024 - 19:42

(CMO) Mỗi tối thứ Bảy, căn nhà nhỏ trên đường 30/4, Phường 8, TP Cà Mau lại rộn tiếng đờn kìm, đờn cò. Đó là nơi sinh hoạt của câu lạc bộ đờn ca tài tử Khóm 5, do nghệ nhân Trần Văn Út đứng ra duy trì từ nhiều năm nay.

Ông Út kể, thuở nhỏ ông học đờn từ người cha, rồi theo các đoàn ca ra bộ đi khắp miền Tây. Khi tuổi cao, ông về quê mở lớp, không thu tiền, chỉ mong có người nối nghiệp. “Bài Dạ cổ hoài lang mà không có người đờn thì buồn lắm”, ông cười.

Những học trò đầu tiên là con cháu trong xóm. Dần dần, nhiều bạn trẻ ở các phường lân cận cũng tìm đến. Có em học xong, về lập nhóm ở trường, đưa đờn ca tài tử vào các buổi sinh hoạt ngoại khóa.

Bà Lê Thị Hồng, Phó Giám đốc Trung tâm Văn hóa tỉnh cho biết, ngành văn hóa đang phối hợp với các câu lạc bộ để sưu tầm, số hóa những bài bản cổ, đồng thời tổ chức các buổi giao lưu dịp lễ, Tết để nghệ nhân có sân chơi.

Đêm đã khuya, tiếng đờn ở Khóm 5 vẫn chưa dứt. Với ông Út, giữ được một câu vọng cổ cho lớp trẻ là giữ được cái hồn của quê hương.

Bài, ảnh: Huỳnh Lâm
'''
META = {'published': '2024-09-14', 'locality': 'tỉnh Cà Mau'}
DEFAULTS = {'locality': 'tỉnh Cà Mau', 'modality': 'actual'}
FIGS = []
