<#-- Công việc "Đổi mật khẩu định kỳ" của người giữ tài khoản. Markdown.
     Giá trị: taiKhoan, heThong, lanDoi, laNgayCap (true: chưa đổi lần nào, lanDoi là ngày cấp), hanDoi. -->
## noi-dung
**Tài khoản:** ${taiKhoan} (${heThong})

**Lần đổi mật khẩu gần nhất:** ${lanDoi}<#if laNgayCap> (ngày cấp)</#if>

**Đến hạn đổi:** ${hanDoi}
