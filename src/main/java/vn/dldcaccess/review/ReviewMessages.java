package vn.dldcaccess.review;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.TextTemplate;

import java.util.List;
import java.util.Map;

/** What a review's people are told, from {@code documents/thu/ra-soat-*.ftl}. */
@Component
class ReviewMessages {
    static final MessageTemplate REMINDER = MessageTemplate.of("ra-soat-nhac-viec",
            Map.of("donVi", "Phòng Hành chính tư pháp", "hanNgay", "02/03/2026"));
    static final MessageTemplate OVERDUE = MessageTemplate.of("ra-soat-qua-han",
            Map.of("hanNgay", "02/03/2026", "donVi", List.of("Phòng Hành chính tư pháp", "Phòng Bổ trợ tư pháp")));

    /** For the start-up check (a bean of its own: the check must not wait for the messages that need it). */
    @Component
    static class Catalog implements TextTemplate.Catalog {
        @Override
        public List<MessageTemplate> templates() {
            return List.of(REMINDER, OVERDUE);
        }
    }

    private final DocumentTexts texts;

    ReviewMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    DocumentTexts.Message reminder(String unit, String due) {
        return texts.message(REMINDER, Map.of("donVi", unit, "hanNgay", due));
    }

    DocumentTexts.Message overdue(String due, List<String> units) {
        return texts.message(OVERDUE, Map.of("hanNgay", due, "donVi", units));
    }
}
