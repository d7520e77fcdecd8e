<#-- Công việc "Rà soát tài khoản" của lãnh đạo đơn vị. Markdown.
     Giá trị: donVi, hanNgay, taiKhoan (mỗi tài khoản: heThong, ten, nguoi, capNgay, trangThai, quaHanMatKhau,
     doiSoat: các chênh lệch đối soát chưa xử lý, có thể rỗng). -->
## noi-dung
**Rà soát tài khoản của ${donVi}** (hạn ${hanNgay})

<#list taiKhoan as t>
- ${t.heThong}: ${t.ten} - ${t.nguoi}, cấp ngày ${t.capNgay}, ${t.trangThai}<#if t.quaHanMatKhau>, **quá hạn đổi mật khẩu**</#if><#list t.doiSoat as d>; **chênh lệch khi đối soát với hệ thống:** ${d}</#list>
</#list>
