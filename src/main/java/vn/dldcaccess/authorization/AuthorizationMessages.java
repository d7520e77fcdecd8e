package vn.dldcaccess.authorization;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.TextTemplate;
import vn.dldcaccess.shared.Markdown;

import java.util.List;
import java.util.Map;

/**
 * What the two parties of a giấy ủy quyền are told, from {@code documents/thu/uy-quyen-*.ftl}: this class gathers
 * the values (what a person typed made literal for the Markdown body), the templates hold the words.
 */
@Component
class AuthorizationMessages {
    enum Template implements TextTemplate {
        REJECTED("thu/uy-quyen-khong-duyet.ftl", Map.of("taiKhoan", "huongnt.io", "nguoiDuocUyQuyen", "Lê Hoàng Yến",
                "lyDo", "Chưa rõ phạm vi")),
        APPROVED("thu/uy-quyen-da-duyet.ftl", Map.of("so", "12/GUQ-SLĐTBXH", "taiKhoan", "huongnt.io", "tuNgay",
                "02/03/2026", "denNgay", "06/03/2026")),
        STARTED("thu/uy-quyen-bat-dau.ftl", Map.of("so", "12/GUQ-SLĐTBXH", "taiKhoan", "huongnt.io",
                "nguoiDuocUyQuyen", "Lê Hoàng Yến", "denNgay", "06/03/2026", "phamVi", "Tiếp nhận văn bản đến")),
        ENDED("thu/uy-quyen-ket-thuc.ftl", Map.of("so", "12/GUQ-SLĐTBXH", "taiKhoan", "huongnt.io",
                "nguoiDuocUyQuyen", "Lê Hoàng Yến", "lyDo", "hết thời hạn"));

        private final String file;
        private final Map<String, Object> sample;

        Template(String file, Map<String, Object> sample) {
            this.file = file;
            this.sample = sample;
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public List<String> sections() {
            return List.of("tieu-de", "noi-dung");
        }

        @Override
        public Map<String, Object> sample() {
            return sample;
        }
    }

    /** For the start-up check (a bean of its own: the check must not wait for the messages that need it). */
    @Component
    static class Catalog implements TextTemplate.Catalog {
        @Override
        public List<Template> templates() {
            return List.of(Template.values());
        }
    }

    private final DocumentTexts texts;

    AuthorizationMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    DocumentTexts.Message rejected(String account, String delegate, String reason) {
        return texts.message(Template.REJECTED, Map.of("taiKhoan", account, "nguoiDuocUyQuyen", delegate,
                "lyDo", Markdown.literal(reason)));
    }

    DocumentTexts.Message approved(String number, String account, String from, String to) {
        return texts.message(Template.APPROVED, Map.of("so", number, "taiKhoan", account, "tuNgay", from, "denNgay", to));
    }

    DocumentTexts.Message started(String number, String account, String delegate, String to, String scope) {
        return texts.message(Template.STARTED, Map.of("so", number, "taiKhoan", account, "nguoiDuocUyQuyen", delegate,
                "denNgay", to, "phamVi", Markdown.literal(scope)));
    }

    DocumentTexts.Message ended(String number, String account, String delegate, String why) {
        return texts.message(Template.ENDED, Map.of("so", number, "taiKhoan", account, "nguoiDuocUyQuyen", delegate,
                "lyDo", why));
    }
}
