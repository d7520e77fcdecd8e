package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.TextTemplate;
import vn.dldcaccess.shared.Markdown;

import java.util.List;
import java.util.Map;

/**
 * What the people of a registration are told, from {@code documents/thu/dang-ky-*.ftl}: this class gathers the
 * values (reasons typed by people made literal for the Markdown body), the templates hold the words.
 */
@Component
class RegistrationMessages implements TextTemplate.Catalog {
    static final MessageTemplate REMIND_UNIT_HEAD = MessageTemplate.of("dang-ky-nhac-xac-nhan",
            Map.of("so", "SLĐTBXH-2026-000123", "nguoi", "Nguyễn Thị Hường"));
    static final MessageTemplate OVERDUE_CONFIRMATION = MessageTemplate.of("dang-ky-qua-han-xac-nhan",
            Map.of("so", "SLĐTBXH-2026-000123", "nguoi", "Nguyễn Thị Hường", "donVi", "Phòng Việc làm - An toàn lao động"));
    static final MessageTemplate REJECTED = MessageTemplate.of("dang-ky-tu-choi",
            Map.of("so", "SLĐTBXH-2026-000123", "nguoi", "Nguyễn Thị Hường", "lyDo", "Không thuộc nhiệm vụ"));
    static final MessageTemplate PC06_REFUSED = MessageTemplate.of("dang-ky-pc06-khong-dong-y",
            Map.of("so", "SLĐTBXH-2026-000123", "nguoi", "Nguyễn Thị Hường", "lyDo", "Sai số định danh"));
    static final MessageTemplate PROVISIONED = MessageTemplate.of("dang-ky-da-cap", Map.of("so", "SLĐTBXH-2026-000123",
            "nguoi", "Nguyễn Thị Hường", "ngayTao", "02/03/2026", "tenDangNhap", "huongnt"));
    static final MessageTemplate RECEIVED = MessageTemplate.of("dang-ky-da-nhan", Map.of("so", "SLĐTBXH-2026-000123",
            "nguoi", "Nguyễn Thị Hường", "lienKet", "http://localhost:8080/request.html?number=SLĐTBXH-2026-000123",
            "hoSo", "http://localhost:8080/my-requests.html"));
    static final List<MessageTemplate> ALL = List.of(RECEIVED, REMIND_UNIT_HEAD, OVERDUE_CONFIRMATION, REJECTED, PC06_REFUSED,
            PROVISIONED);


    private final DocumentTexts texts;

    RegistrationMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<MessageTemplate> templates() {
        return ALL;
    }

    /** The form 1658's title and commitments (documents/phieu-dang-ky-1658.ftl). */
    DocumentTexts.Texts form() {
        return texts.render(vn.dldcaccess.document.DocumentTemplate.REGISTRATION_FORM, Map.of());
    }

    /** To the applicant at once: her request's number and where to follow it. */
    DocumentTexts.Message received(Registration r, String link, String myRequests) {
        return texts.message(RECEIVED, Map.of("so", r.requestNumber(), "nguoi", r.fullName(), "lienKet", link,
                "hoSo", myRequests));
    }

    DocumentTexts.Message remindUnitHead(Registration r) {
        return texts.message(REMIND_UNIT_HEAD, Map.of("so", r.requestNumber(), "nguoi", r.fullName()));
    }

    DocumentTexts.Message overdueConfirmation(Registration r, String unitName) {
        return texts.message(OVERDUE_CONFIRMATION, Map.of("so", r.requestNumber(), "nguoi", r.fullName(),
                "donVi", unitName));
    }

    DocumentTexts.Message rejected(Registration r, String reason) {
        return texts.message(REJECTED, Map.of("so", r.requestNumber(), "nguoi", r.fullName(),
                "lyDo", Markdown.literal(reason)));
    }

    DocumentTexts.Message pc06Refused(Registration r, String reason) {
        return texts.message(PC06_REFUSED, Map.of("so", r.requestNumber(), "nguoi", r.fullName(),
                "lyDo", Markdown.literal(reason == null ? "" : reason)));
    }

    DocumentTexts.Message provisioned(Registration r, String createdOn, String username) {
        return texts.message(PROVISIONED, Map.of("so", r.requestNumber(), "nguoi", r.fullName(),
                "ngayTao", createdOn, "tenDangNhap", username));
    }
}
