<#-- Công văn của cơ quan đề nghị cấp tài khoản khai thác CSDLQG về dân cư, gửi cơ quan tổng hợp.
     Giá trị: coQuan, coQuanTongHop, soNguoi. -->
## ten-van-ban
Công văn
## trich-yeu
V/v đề nghị cấp tài khoản khai thác Cơ sở dữ liệu quốc gia về dân cư
## kinh-gui
${coQuanTongHop}
## noi-dung
Thực hiện Công văn số 1658/CV-TCTTKĐA ngày 24/3/2022 của Tổ công tác triển khai Đề án 06 về việc đăng ký tài
khoản khai thác Cơ sở dữ liệu quốc gia về dân cư;

${coQuan} đề nghị ${coQuanTongHop} tổng hợp, gửi Phòng Cảnh sát quản lý hành chính về trật tự xã hội - Công an
tỉnh (PC06) xem xét cấp tài khoản khai thác Cơ sở dữ liệu quốc gia về dân cư cho ${soNguoi} công chức, viên chức
có tên trong danh sách kèm theo.

Các cá nhân có tên trong danh sách đã cam kết không dùng chung tài khoản, thay đổi mật khẩu ít nhất mỗi tháng
một lần và báo cơ quan để đóng tài khoản khi thay đổi vị trí công tác.

Trân trọng./.
## tieu-de-danh-sach
DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN KHAI THÁC CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ
## noi-nhan
Như trên;
Lãnh đạo Sở;
Lưu: VT, VP.
