<#-- Thư gửi Văn phòng khi có báo cáo người nghỉ / chuyển công tác. Giá trị: nguoi, lyDo, tomTat, hanDong. -->
## tieu-de
Đóng tài khoản: ${nguoi} ${lyDo}
## noi-dung
${tomTat}

Hạn đóng: ${hanDong}.
