<#-- Thông báo đóng tài khoản khi cán bộ thay đổi vị trí, chuyển công tác, nghỉ hưu, nghỉ việc: một thông báo (tên
     loại và trích yếu, không "Kính gửi"), bảng các tài khoản nằm giữa "noi-dung" và "sau-bang".
     Giá trị: coQuan, nguoi, lyDo (chữ thường), viTriMoi?, coQuanMoi?, ngayBanGiao, hanDong (dd/MM/yyyy). -->
## ten-van-ban
Thông báo
## trich-yeu
Về việc đóng tài khoản của ${nguoi}
## noi-dung
Thực hiện Công văn số 2932/SLĐTBXH-VP ngày 20/8/2024 của Sở Lao động - Thương binh và Xã hội về triển khai công tác
rà soát đảm bảo an toàn, an ninh thông tin trong kết nối, khai thác cơ sở dữ liệu quốc gia về dân cư: tài khoản của
công chức, viên chức thay đổi vị trí công tác, chuyển công tác, nghỉ hưu, thôi việc được đóng chậm nhất 05 ngày sau
khi người đó thực hiện xong việc bàn giao công việc.

${coQuan} thông báo: ${nguoi} ${lyDo}<#if viTriMoi??> (vị trí mới: ${viTriMoi})</#if><#if coQuanMoi??> (cơ quan mới: ${coQuanMoi})</#if>,
hoàn thành bàn giao công việc ngày ${ngayBanGiao}, hạn đóng tài khoản ngày ${hanDong}. Các tài khoản của người này đã
được xử lý như sau:
## sau-bang
Các giấy ủy quyền sử dụng tài khoản của ${nguoi} đã chấm dứt./.
## noi-nhan
${nguoi};
Các đơn vị quản trị hệ thống;
Lãnh đạo đơn vị;
Lưu: VT, VP.
