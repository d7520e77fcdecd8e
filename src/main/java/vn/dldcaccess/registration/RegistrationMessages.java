package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.TextTemplate;
import vn.dldcaccess.shared.Markdown;

import java.util.List;
import java.util.Map;

/**
 * What the people of a registration are told, from {@code documents/thu/dang-ky-*.ftl}: this class gathers the
 * values (reasons typed by people made literal for the Markdown body), the templates hold the words.
 */
@Component
class RegistrationMessages {
    enum Template implements TextTemplate {
        REMIND_UNIT_HEAD("thu/dang-ky-nhac-xac-nhan.ftl", Map.of("so", "SLĐTBXH-2026-000123", "nguoi", "Nguyễn Thị Hường")),
        OVERDUE_CONFIRMATION("thu/dang-ky-qua-han-xac-nhan.ftl", Map.of("so", "SLĐTBXH-2026-000123", "nguoi",
                "Nguyễn Thị Hường", "donVi", "Phòng Việc làm - An toàn lao động")),
        REJECTED("thu/dang-ky-tu-choi.ftl", Map.of("so", "SLĐTBXH-2026-000123", "nguoi", "Nguyễn Thị Hường",
                "lyDo", "Không thuộc nhiệm vụ")),
        PC06_REFUSED("thu/dang-ky-pc06-khong-dong-y.ftl", Map.of("so", "SLĐTBXH-2026-000123", "nguoi",
                "Nguyễn Thị Hường", "lyDo", "Sai số định danh")),
        PROVISIONED("thu/dang-ky-da-cap.ftl", Map.of("so", "SLĐTBXH-2026-000123", "nguoi", "Nguyễn Thị Hường",
                "ngayTao", "02/03/2026", "tenDangNhap", "huongnt"));

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

    RegistrationMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    DocumentTexts.Message remindUnitHead(Registration r) {
        return texts.message(Template.REMIND_UNIT_HEAD, Map.of("so", r.requestNumber(), "nguoi", r.fullName()));
    }

    DocumentTexts.Message overdueConfirmation(Registration r, String unitName) {
        return texts.message(Template.OVERDUE_CONFIRMATION, Map.of("so", r.requestNumber(), "nguoi", r.fullName(),
                "donVi", unitName));
    }

    DocumentTexts.Message rejected(Registration r, String reason) {
        return texts.message(Template.REJECTED, Map.of("so", r.requestNumber(), "nguoi", r.fullName(),
                "lyDo", Markdown.literal(reason)));
    }

    DocumentTexts.Message pc06Refused(Registration r, String reason) {
        return texts.message(Template.PC06_REFUSED, Map.of("so", r.requestNumber(), "nguoi", r.fullName(),
                "lyDo", Markdown.literal(reason == null ? "" : reason)));
    }

    DocumentTexts.Message provisioned(Registration r, String createdOn, String username) {
        return texts.message(Template.PROVISIONED, Map.of("so", r.requestNumber(), "nguoi", r.fullName(),
                "ngayTao", createdOn, "tenDangNhap", username));
    }
}
