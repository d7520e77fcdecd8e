package vn.dldcaccess.lifecycle;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.TextTemplate;

import java.util.List;
import java.util.Map;

/** What the monthly password change tells people, from {@code documents/thu/mat-khau-*.ftl}. */
@Component
class PasswordMessages implements TextTemplate.Catalog {
    static final MessageTemplate DUE = MessageTemplate.of("mat-khau-den-han",
            Map.of("taiKhoan", "huongnt", "heThong", "Hệ thống TTHC", "hanNgay", "02/03/2026"));
    static final MessageTemplate OVERDUE = MessageTemplate.of("mat-khau-qua-han", Map.of("nguoi", "Nguyễn Thị Hường",
            "taiKhoan", "huongnt", "heThong", "Hệ thống TTHC", "hanNgay", "02/03/2026"));
    static final MessageTemplate CHANGE_TASK = MessageTemplate.task("doi-mat-khau", Map.of("taiKhoan", "huongnt",
            "heThong", "Hệ thống TTHC", "lanDoi", "02/02/2026", "laNgayCap", false, "hanDoi", "02/03/2026"));


    private final DocumentTexts texts;

    PasswordMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<MessageTemplate> templates() {
        return List.of(DUE, OVERDUE, CHANGE_TASK);
    }

    /** What the holder's task shows (Markdown; the renderer escapes the values). */
    String changeTask(String account, String system, java.time.LocalDate lastChange, boolean neverChanged,
                      java.time.LocalDate due) {
        return texts.render(CHANGE_TASK, Map.of("taiKhoan", account, "heThong", system, "lanDoi",
                PdfDocuments.dmy(lastChange), "laNgayCap", neverChanged, "hanDoi", PdfDocuments.dmy(due))).text("noi-dung");
    }

    DocumentTexts.Message due(AccountView a) {
        return texts.message(DUE, Map.of("taiKhoan", a.username(), "heThong", a.system().label(),
                "hanNgay", PdfDocuments.dmy(a.passwordDueOn())));
    }

    DocumentTexts.Message overdue(AccountView a) {
        return texts.message(OVERDUE, Map.of("nguoi", a.holderName(), "taiKhoan", a.username(),
                "heThong", a.system().label(), "hanNgay", PdfDocuments.dmy(a.passwordDueOn())));
    }
}
