package vn.dldcaccess.document;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.List;

/**
 * How wide a text is in a layout's faces and how it wraps into lines; characters the faces cannot show become "?".
 * The faces' widths are cached in the borrowed {@link FontSet}.
 */
final class TextMeasure {
    private final FontSet fonts;
    private final PDType0Font regular;
    private final PDType0Font bold;

    TextMeasure(FontSet fonts, PDType0Font regular, PDType0Font bold) {
        this.fonts = fonts;
        this.regular = regular;
        this.bold = bold;
    }

    float width(String text, PDType0Font font, float size) {
        float[] cache = font == regular ? fonts.widths[0] : font == bold ? fonts.widths[1] : fonts.widths[2];
        float sum = 0;
        try {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < cache.length) {
                    float w = cache[c];
                    if (Float.isNaN(w)) {
                        w = font.getStringWidth(String.valueOf(c));
                        cache[c] = w;
                    }
                    sum += w;
                } else {
                    sum += font.getStringWidth(String.valueOf(c));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sum / 1000f * size;
    }

    /** Characters the faces cannot show become "?" (free text may hold anything; the PDF must still come out). */
    String showable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && !fonts.canShow(c)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '?');
            }
        }
        return out == null ? text : out.toString();
    }

    /** Greedy word wrap; a word wider than the line is cut by characters ({@link LineBreaks}). */
    List<String> wrap(String text, PDType0Font font, float size, float maxWidth) {
        return LineBreaks.wrap(showable(text), t -> width(t, font, size), maxWidth);
    }

    /** The height {@link PdfLayout#paragraph} would take, for keeping blocks together. */
    float height(String text, PDType0Font font, float size, float x0, float x1, float firstIndent) {
        return wrap(text, font, size, x1 - x0 - firstIndent).size() * size * 1.25f;
    }

    List<String> balancedLines(String text, PDType0Font font, float size, float maxWidth) {
        return LineBreaks.balanced(showable(text), t -> width(t, font, size), maxWidth);
    }
}
