<#-- Giấy ủy quyền sử dụng tài khoản trong thời gian vắng mặt. Giá trị: heThong (tên hệ thống của tài khoản). -->
## tieu-de
GIẤY ỦY QUYỀN
## trich-yeu
Về việc sử dụng tài khoản ${heThong} trong thời gian vắng mặt
## can-cu
Căn cứ Công văn số 2932 về bảo đảm an toàn thông tin khi khai thác Cơ sở dữ liệu quốc gia về dân cư: không dùng
chung tài khoản; người vắng mặt ủy quyền bằng văn bản, ghi rõ thời hạn và trách nhiệm của mỗi bên.
## muc-nguoi-uy-quyen
I. Người ủy quyền:
## muc-nguoi-duoc-uy-quyen
II. Người được ủy quyền:
## muc-noi-dung
III. Nội dung ủy quyền:
## muc-trach-nhiem-nguoi-uy-quyen
IV. Trách nhiệm của người ủy quyền:
## muc-trach-nhiem-nguoi-duoc-uy-quyen
V. Trách nhiệm của người được ủy quyền:
