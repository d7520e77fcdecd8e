<#-- Thư cho người đăng ký ngay khi gửi phiếu 1658: số phiếu và nơi theo dõi. Giá trị: so, nguoi, lienKet, hoSo. -->
## tieu-de
Đã nhận phiếu đăng ký tài khoản DLDC số ${so}
## noi-dung
Phiếu đăng ký tài khoản khai thác CSDLQG về dân cư của ${nguoi} đã được gửi, số phiếu: **${so}**.

Phiếu được chuyển lãnh đạo đơn vị xác nhận, sau đó Văn phòng tổng hợp vào công văn của cơ quan gửi Công an tỉnh (PC06). Anh/Chị theo dõi tình trạng tại [trang tình trạng yêu cầu](${lienKet}) hoặc mục [Hồ sơ của tôi](${hoSo}).
