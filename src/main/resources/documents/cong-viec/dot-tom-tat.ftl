<#-- Tóm tắt một đợt gửi PC06 (công việc ký và gửi). Markdown.
     Giá trị: dot, soCongVan, soNguoi, soThuHoi, congVan (mỗi công văn: coQuan, so, soNguoi). -->
## noi-dung
**Đợt gửi PC06 ${dot}: công văn đề nghị <#if soNguoi == 0 && soThuHoi gt 0>thu hồi<#elseif soThuHoi gt 0>cấp và thu hồi<#else>cấp</#if> tài khoản khai thác Cơ sở dữ liệu quốc gia về dân cư.**
<#if soNguoi gt 0>

Đề nghị cấp tài khoản: ${soNguoi} người, theo ${soCongVan} công văn:

<#list congVan as c>
- ${c.coQuan}: công văn ${c.so} (${c.soNguoi} người)
</#list>
</#if>
<#if soThuHoi gt 0>

Đề nghị thu hồi: ${soThuHoi} tài khoản (danh sách kèm theo công văn).
</#if>
