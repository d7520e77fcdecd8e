package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.TextTemplate;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** What the batch's task forms show, from {@code documents/cong-viec/dot-*.ftl}: values in Java, words there. */
@Component
class AggregationMessages implements TextTemplate.Catalog {
    static final MessageTemplate CANDIDATES = MessageTemplate.task("dot-cho-lap", Map.of("congVan", List.of(Map.of(
            "coQuan", "Sở Tư pháp", "so", "12/STP-VP", "duongDan", URI.create("/api/documents/1"), "soNguoi", 2)), "thuHoi",
            List.of(Map.of("nguoi", "Ngô Đức Thịnh", "taiKhoan", "thinhnd", "lyDo", "Nghỉ hưu"))));
    static final MessageTemplate DECISIONS = MessageTemplate.task("dot-ket-qua-pc06", Map.of("daCo", 1, "tong", 2,
            "ketQua", List.of(Map.of("nguoi", "SLĐTBXH-2026-000123 - Nguyễn Thị Hường", "quyetDinh", "Đồng ý")),
            "thuHoi", 1, "daXacNhan", 0L));
    static final MessageTemplate SUMMARY = MessageTemplate.task("dot-tom-tat", Map.of("dot", "DOT-3", "soCongVan", 1,
            "soNguoi", 2, "soThuHoi", 1, "congVan", List.of(Map.of("coQuan", "Sở Tư pháp", "so", "12/STP-VP",
                    "soNguoi", 2))));


    private final DocumentTexts texts;

    AggregationMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<MessageTemplate> templates() {
        return List.of(CANDIDATES, DECISIONS, SUMMARY);
    }

    String render(MessageTemplate template, Map<String, ?> values) {
        return texts.render(template, values).text("noi-dung");
    }
}
