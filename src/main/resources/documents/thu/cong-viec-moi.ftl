<#-- Thư tổng hợp công việc mới trong ngày cho một người. Giá trị: nguoi, congViec (mỗi việc: ten, so?, quyTrinh?, luc). -->
## tieu-de
dldc-access: ${congViec?size} công việc mới
## noi-dung
Kính gửi ${nguoi},

Có ${congViec?size} công việc mới trên dldc-access mà Anh/Chị (hoặc nhóm của Anh/Chị) có thể xử lý:

<#list congViec as v>
- ${v.ten}<#if v.so??> (${v.so})</#if><#if v.quyTrinh??> - ${v.quyTrinh}</#if>, từ ${v.luc}
</#list>

Vui lòng đăng nhập Tasklist để xử lý.
