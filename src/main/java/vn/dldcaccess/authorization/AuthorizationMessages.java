package vn.dldcaccess.authorization;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.TextTemplate;
import vn.dldcaccess.shared.Markdown;

import java.util.List;
import java.util.Map;

/**
 * What the two parties of a giấy ủy quyền are told, from {@code documents/thu/uy-quyen-*.ftl}: this class gathers
 * the values (what a person typed made literal for the Markdown body), the templates hold the words.
 */
@Component
class AuthorizationMessages implements TextTemplate.Catalog {
    static final MessageTemplate REJECTED = MessageTemplate.of("uy-quyen-khong-duyet", Map.of("taiKhoan", "huongnt.io",
            "nguoiDuocUyQuyen", "Lê Hoàng Yến", "lyDo", "Chưa rõ phạm vi"));
    static final MessageTemplate APPROVED = MessageTemplate.of("uy-quyen-da-duyet", Map.of("so", "12/GUQ-SLĐTBXH",
            "taiKhoan", "huongnt.io", "tuNgay", "02/03/2026", "denNgay", "06/03/2026"));
    static final MessageTemplate STARTED = MessageTemplate.of("uy-quyen-bat-dau", Map.of("so", "12/GUQ-SLĐTBXH",
            "taiKhoan", "huongnt.io", "nguoiDuocUyQuyen", "Lê Hoàng Yến", "denNgay", "06/03/2026",
            "phamVi", "Tiếp nhận văn bản đến"));
    static final MessageTemplate ENDED = MessageTemplate.of("uy-quyen-ket-thuc", Map.of("so", "12/GUQ-SLĐTBXH",
            "taiKhoan", "huongnt.io", "nguoiDuocUyQuyen", "Lê Hoàng Yến", "lyDo", "hết thời hạn"));
    static final MessageTemplate ACTIVE_TASK = MessageTemplate.task("uy-quyen-dang-hieu-luc", Map.of("so",
            "12/GUQ-SLĐTBXH", "nguoiDuocUyQuyen", "Lê Hoàng Yến", "taiKhoan", "huongnt.io", "tuNgay", "02/03/2026",
            "denNgay", "06/03/2026"));
    static final MessageTemplate ASK_DELEGATE = MessageTemplate.of("uy-quyen-de-nghi-nhan", Map.of(
            "nguoiUyQuyen", "Nguyễn Thị Hường", "taiKhoan", "huongnt.io", "tuNgay", "02/03/2026",
            "denNgay", "06/03/2026"));
    static final MessageTemplate DECLINED = MessageTemplate.of("uy-quyen-khong-nhan", Map.of("taiKhoan", "huongnt.io",
            "nguoiDuocUyQuyen", "Lê Hoàng Yến", "lyDo", "Tuần đó đi công tác"));
    static final List<MessageTemplate> ALL = List.of(ASK_DELEGATE, DECLINED, REJECTED, APPROVED, STARTED, ENDED,
            ACTIVE_TASK);


    private final DocumentTexts texts;

    AuthorizationMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<MessageTemplate> templates() {
        return ALL;
    }

    /** What the holder's "authorization active" task shows (Markdown; the renderer escapes the values). */
    String activeTask(String number, String delegate, String account, String from, String to) {
        return texts.render(ACTIVE_TASK, Map.of("so", number, "nguoiDuocUyQuyen", delegate,
                "taiKhoan", account, "tuNgay", from, "denNgay", to)).text("noi-dung");
    }

    DocumentTexts.Message askDelegate(String holder, String account, String from, String to) {
        return texts.message(ASK_DELEGATE, Map.of("nguoiUyQuyen", holder, "taiKhoan", account, "tuNgay", from,
                "denNgay", to));
    }

    DocumentTexts.Message declined(String account, String delegate, String reason) {
        return texts.message(DECLINED, Map.of("taiKhoan", account, "nguoiDuocUyQuyen", delegate,
                "lyDo", Markdown.literal(reason)));
    }

    DocumentTexts.Message rejected(String account, String delegate, String reason) {
        return texts.message(REJECTED, Map.of("taiKhoan", account, "nguoiDuocUyQuyen", delegate,
                "lyDo", Markdown.literal(reason)));
    }

    DocumentTexts.Message approved(String number, String account, String from, String to) {
        return texts.message(APPROVED, Map.of("so", number, "taiKhoan", account, "tuNgay", from, "denNgay", to));
    }

    DocumentTexts.Message started(String number, String account, String delegate, String to, String scope) {
        return texts.message(STARTED, Map.of("so", number, "taiKhoan", account, "nguoiDuocUyQuyen", delegate,
                "denNgay", to, "phamVi", Markdown.literal(scope)));
    }

    DocumentTexts.Message ended(String number, String account, String delegate, String why) {
        return texts.message(ENDED, Map.of("so", number, "taiKhoan", account, "nguoiDuocUyQuyen", delegate,
                "lyDo", why));
    }
}
