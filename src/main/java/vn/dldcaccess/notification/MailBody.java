package vn.dldcaccess.notification;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A message's body as it is sent and shown: the templates write Markdown (what a person typed went in as
 * literal text, {@code shared.Markdown}); a mail carries it as HTML with a plain-text part, the outbox shows the
 * HTML. Raw HTML in the source is escaped, never passed through, and only safe link targets are kept.
 */
final class MailBody {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MailBody() {
    }

    static String html(String markdown) {
        return HTML.render(parse(markdown));
    }

    static String text(String markdown) {
        return TEXT.render(parse(markdown));
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
