<#-- Công việc "Lập đợt gửi PC06" của cơ quan tổng hợp. Markdown.
     Giá trị: congVan (mỗi công văn: coQuan, so, duongDan, soNguoi), thuHoi (mỗi đề nghị: nguoi, taiKhoan, lyDo). -->
## noi-dung
<#if congVan?has_content>
**Công văn đang chờ gửi PC06:**

<#list congVan as c>
- ${c.coQuan}: [công văn ${c.so}](${c.duongDan}), ${c.soNguoi} người
</#list>
<#else>
Không có công văn nào đang chờ.
</#if>
<#if thuHoi?has_content>

**Đề nghị thu hồi tài khoản (tự động vào đợt này):**

<#list thuHoi as t>
- ${t.nguoi}: ${t.taiKhoan} (${t.lyDo})
</#list>
</#if>
