package vn.dldcaccess.review;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.TextTemplate;

import java.util.List;
import java.util.Map;

/** What a review's people are told, from {@code documents/thu/ra-soat-*.ftl}. */
@Component
class ReviewMessages implements TextTemplate.Catalog {
    static final MessageTemplate REMINDER = MessageTemplate.of("ra-soat-nhac-viec",
            Map.of("donVi", "Phòng Hành chính tư pháp", "hanNgay", "02/03/2026"));
    static final MessageTemplate OVERDUE = MessageTemplate.of("ra-soat-qua-han",
            Map.of("hanNgay", "02/03/2026", "donVi", List.of("Phòng Hành chính tư pháp", "Phòng Bổ trợ tư pháp")));

    static final MessageTemplate UNIT_TASK = MessageTemplate.task("ra-soat-don-vi", Map.of("donVi",
            "Phòng Hành chính tư pháp", "hanNgay", "02/03/2026", "taiKhoan", List.of(Map.of("heThong", "VNPT-iOffice",
                    "ten", "khoidm.io", "nguoi", "Đặng Minh Khôi", "capNgay", "02/01/2026", "trangThai", "đang hoạt động",
                    "quaHanMatKhau", true, "doiSoat", List.of("Đối soát DS-3: Còn mở trong sổ theo dõi, không còn trên"
                            + " hệ thống")))));


    private final DocumentTexts texts;

    ReviewMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<MessageTemplate> templates() {
        return List.of(REMINDER, OVERDUE, UNIT_TASK);
    }

    /**
     * What the unit head's review task shows (Markdown; the renderer escapes the values): the unit's open accounts,
     * each with the open differences a reconciliation found on it (issue 22).
     */
    String unitTask(String unit, String due, List<vn.dldcaccess.account.AccountView> accounts,
                    Map<Long, List<String>> reconciliation) {
        return texts.render(UNIT_TASK, Map.of("donVi", unit, "hanNgay", due, "taiKhoan",
                accounts.stream().map(a -> Map.<String, Object>of("heThong", a.system().label(),
                        "ten", a.username(), "nguoi", a.holderName(),
                        "capNgay", vn.dldcaccess.document.PdfDocuments.dmy(a.grantedOn()),
                        "trangThai", a.status().label().toLowerCase(), "quaHanMatKhau", a.passwordOverdue(),
                        "doiSoat", reconciliation.getOrDefault(a.id(), List.of()))).toList()))
                .text("noi-dung");
    }

    DocumentTexts.Message reminder(String unit, String due) {
        return texts.message(REMINDER, Map.of("donVi", unit, "hanNgay", due));
    }

    DocumentTexts.Message overdue(String due, List<String> units) {
        return texts.message(OVERDUE, Map.of("hanNgay", due, "donVi", units));
    }
}
