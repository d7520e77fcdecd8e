<#-- Tóm tắt một đợt gửi PC06 (công việc ký và gửi). Markdown.
     Giá trị: dot, soCongVan, soNguoi, soThuHoi, congVan (mỗi công văn: coQuan, so, soNguoi). -->
## noi-dung
**Đợt gửi PC06 ${dot}**: ${soCongVan} công văn, ${soNguoi} người<#if soThuHoi gt 0>, ${soThuHoi} đề nghị thu hồi tài khoản</#if>.

<#list congVan as c>
- ${c.coQuan}: công văn ${c.so} (${c.soNguoi} người)
</#list>
