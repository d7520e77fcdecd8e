package vn.dldcaccess.document;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * At start, every feature's message templates (as a province's folder makes them) render their samples, or the
 * start stops naming file and line. A bean of its own, so that the features' messages can need DocumentTexts.
 */
@Component
class TemplateCheck {
    TemplateCheck(DocumentTexts texts, List<TextTemplate.Catalog> catalogs) {
        catalogs.forEach(c -> texts.check(c.templates()));
    }
}
