<#-- Biên bản rà soát tài khoản của một đơn vị.
     Giá trị: coQuan, donVi, soTaiKhoan, ngayRaSoat (dd/MM/yyyy), giuLai, deNghiDong. -->
## ten-van-ban
Biên bản
## trich-yeu
V/v rà soát tài khoản
## kinh-gui
Văn phòng ${coQuan}
## noi-dung
Thực hiện Công văn số 2932 về bảo đảm an toàn thông tin: các tài khoản trên Hệ thống TTHC (khai thác CSDLQG về
dân cư), VNPT-iOffice và thư điện tử công vụ được rà soát định kỳ;

${donVi} đã rà soát ${soTaiKhoan} tài khoản ngày ${ngayRaSoat}: giữ lại ${giuLai}, đề nghị đóng ${deNghiDong}
(chi tiết theo danh sách kèm theo).

Trân trọng./.
## tieu-de-danh-sach
BIÊN BẢN RÀ SOÁT TÀI KHOẢN
## noi-nhan
Văn phòng;
Lưu: đơn vị.
