<#-- Thông báo đóng tài khoản khi cán bộ thay đổi vị trí, chuyển công tác, nghỉ hưu, nghỉ việc.
     Giá trị: coQuan, nguoi, lyDo (chữ thường), viTriMoi?, coQuanMoi?, ngayBanGiao, hanDong (dd/MM/yyyy). -->
## ten-van-ban
Thông báo
## trich-yeu
V/v đóng tài khoản của ${nguoi}
## kinh-gui
Các đơn vị quản trị hệ thống; ${nguoi}
## noi-dung
Thực hiện Công văn số 2932 về bảo đảm an toàn thông tin: khi cán bộ thay đổi vị trí công tác, chuyển công tác,
nghỉ hưu hoặc nghỉ việc, các tài khoản được đóng chậm nhất 05 ngày sau khi hoàn thành bàn giao;

${coQuan} thông báo: ${nguoi} ${lyDo}<#if viTriMoi??> (vị trí mới: ${viTriMoi})</#if><#if coQuanMoi??> (cơ quan mới: ${coQuanMoi})</#if>,
hoàn thành bàn giao ngày ${ngayBanGiao}, hạn đóng tài khoản ngày ${hanDong}. Các tài khoản đã được xử lý như danh
sách kèm theo; các giấy ủy quyền của người này đã chấm dứt.

Trân trọng./.
## tieu-de-danh-sach
DANH SÁCH TÀI KHOẢN ĐÃ ĐÓNG
## noi-nhan
Như trên;
Lãnh đạo đơn vị;
Lưu: VT, VP.
