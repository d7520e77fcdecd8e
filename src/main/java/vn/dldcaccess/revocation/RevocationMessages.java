package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.TextTemplate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What people are told about a closing, from the templates in {@code documents/thu/dong-tai-khoan-*.ftl}: this
 * class gathers the values, the templates hold the words.
 */
@Component
class RevocationMessages implements TextTemplate.Catalog {
    static final MessageTemplate SUMMARY = MessageTemplate.part("dong-tai-khoan-tom-tat", Map.of("nguoi",
            "Ngô Đức Thịnh", "lyDo", "nghỉ hưu", "ngayBanGiao", "02/03/2026", "taiKhoan", List.of(Map.of("ten",
                    "thinhnd.io", "heThong", "VNPT-iOffice", "giuLai", false, "ngayDong", "03/03/2026"), Map.of("ten",
                    "thinhnd", "heThong", "Hệ thống TTHC", "giuLai", false))));
    static final MessageTemplate REPORTED = MessageTemplate.of("dong-tai-khoan-da-bao", Map.of("nguoi", "Ngô Đức Thịnh",
            "lyDo", "nghỉ hưu", "tomTat", "…", "hanDong", "09/03/2026"));
    static final MessageTemplate FINISHED = MessageTemplate.of("dong-tai-khoan-da-xong",
            Map.of("nguoi", "Ngô Đức Thịnh", "tomTat", "…"));
    static final MessageTemplate REMINDER = MessageTemplate.of("dong-tai-khoan-nhac-viec", Map.of("taiKhoan",
            "thinhnd.io", "heThong", "VNPT-iOffice", "nguoi", "Ngô Đức Thịnh", "hanDong", "09/03/2026"));
    static final MessageTemplate OVERDUE = MessageTemplate.of("dong-tai-khoan-qua-han", Map.of("nguoi", "Ngô Đức Thịnh",
            "hanDong", "09/03/2026", "conLai", List.of(Map.of("ten", "thinhnd.io", "heThong", "VNPT-iOffice"))));
    static final MessageTemplate DIGEST = MessageTemplate.of("dong-tai-khoan-tong-hop", Map.of("dong", List.of(Map.of(
            "nguoi", "Ngô Đức Thịnh", "ten", "thinhnd.io", "heThong", "VNPT-iOffice", "hanDong", "09/03/2026",
            "conNgay", -2L))));
    static final MessageTemplate CLOSE_TASK = MessageTemplate.task("dong-mot-tai-khoan", Map.of("taiKhoan",
            "thinhnd.io", "heThong", "VNPT-iOffice", "nguoi", "Ngô Đức Thịnh", "lyDo", "nghỉ hưu", "ngayBanGiao",
            "02/03/2026", "hanDong", "09/03/2026", "dldc", true));
    static final List<MessageTemplate> ALL = List.of(SUMMARY, REPORTED, FINISHED, REMINDER, OVERDUE, DIGEST,
            CLOSE_TASK);


    private final DocumentTexts texts;

    RevocationMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<MessageTemplate> templates() {
        return ALL;
    }


    /** The report in a few lines (Markdown): who, why, each account and where it stands. */
    String summary(Revocation r, String person) {
        return texts.render(SUMMARY, Map.of("nguoi", person, "lyDo", r.reason().label().toLowerCase(),
                "ngayBanGiao", PdfDocuments.dmy(r.handoverDate()), "taiKhoan", r.items().stream().map(i -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("ten", i.username());
                    m.put("heThong", i.system().label());
                    m.put("giuLai", i.kept());
                    m.put("ngayDong", i.closedOn() == null ? null : PdfDocuments.dmy(i.closedOn()));
                    return m;
                }).toList())).text("noi-dung");
    }

    /** What the task of closing one account shows (Markdown; the renderer escapes the values). */
    String closeTask(Revocation r, RevocationItem i, String person, boolean dldc) {
        return texts.render(CLOSE_TASK, Map.of("taiKhoan", i.username(), "heThong", i.system().label(),
                "nguoi", person, "lyDo", r.reason().label().toLowerCase(),
                "ngayBanGiao", PdfDocuments.dmy(r.handoverDate()), "hanDong", PdfDocuments.dmy(r.deadline()),
                "dldc", dldc)).text("noi-dung");
    }

    DocumentTexts.Message reported(Revocation r, String person) {
        return texts.message(REPORTED, Map.of("nguoi", person, "lyDo", r.reason().label().toLowerCase(),
                "tomTat", summary(r, person), "hanDong", PdfDocuments.dmy(r.deadline())));
    }

    DocumentTexts.Message finished(Revocation r, String person) {
        return texts.message(FINISHED, Map.of("nguoi", person, "tomTat", summary(r, person)));
    }

    DocumentTexts.Message reminder(Revocation r, RevocationItem i, String person) {
        return texts.message(REMINDER, Map.of("taiKhoan", i.username(), "heThong", i.system().label(),
                "nguoi", person, "hanDong", PdfDocuments.dmy(r.deadline())));
    }

    DocumentTexts.Message overdue(Revocation r, List<RevocationItem> pending, String person) {
        return texts.message(OVERDUE, Map.of("nguoi", person, "hanDong", PdfDocuments.dmy(r.deadline()),
                "conLai", pending.stream().map(i -> Map.of("ten", i.username(), "heThong", i.system().label())).toList()));
    }

    /** One line of the office's daily list of accounts still to close. */
    static Map<String, Object> digestLine(Revocation r, RevocationItem i, String person, LocalDate today) {
        return Map.of("nguoi", person, "ten", i.username(), "heThong", i.system().label(),
                "hanDong", PdfDocuments.dmy(r.deadline()), "conNgay", ChronoUnit.DAYS.between(today, r.deadline()));
    }

    DocumentTexts.Message digest(List<Map<String, Object>> lines) {
        return texts.message(DIGEST, Map.of("dong", lines));
    }
}
