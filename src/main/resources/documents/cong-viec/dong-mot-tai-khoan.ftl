<#-- Công việc "Đóng tài khoản": một tài khoản của người nghỉ / chuyển công tác. Markdown.
     Giá trị: taiKhoan, heThong, nguoi, lyDo, ngayBanGiao, hanDong, dldc (true: tài khoản khai thác CSDLQG). -->
## noi-dung
**Đóng tài khoản ${taiKhoan}** (${heThong}) của ${nguoi}, ${lyDo}, bàn giao xong ngày ${ngayBanGiao}.

**Hạn đóng:** ${hanDong}
<#if dldc>

Công an tỉnh (PC06) đã xác nhận thu hồi quyền khai thác.
</#if>
