package vn.dldcaccess.notification;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.TextTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The last line of every mail about a request: the link to its page (/request.html), which knows every kind of
 * request and shows it to those allowed to see it (documents/thu/lien-ket-yeu-cau.ftl).
 */
@Component
class RequestLinkLine implements TextTemplate.Catalog {
    static final MessageTemplate LINE = MessageTemplate.part("lien-ket-yeu-cau", Map.of("so", "UQ-1",
            "lienKet", "https://dldc.angiang.gov.vn/request.html?number=UQ-1"));

    private final DocumentTexts texts;

    RequestLinkLine(DocumentTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<MessageTemplate> templates() {
        return List.of(LINE);
    }

    /** The body with the request's link below it; as it was for a digest, or when it links to the request already. */
    String appendTo(String body, String reference, PublicAddress address) {
        if (reference == null || reference.isBlank() || reference.startsWith("DIGEST-")) {
            return body;
        }
        String path = "/request.html?number=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
        if (body != null && body.contains(path)) {
            return body;
        }
        String line = texts.render(LINE, Map.of("so", reference, "lienKet", address.link(path))).text("noi-dung");
        return (body == null ? "" : body.stripTrailing() + "\n\n") + line;
    }
}
