package vn.dldcaccess.document;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Liberation Serif (metric-compatible with Times New Roman, every Vietnamese glyph precomposed), parsed once
 * and pooled: a parsed TrueTypeFont is not thread-safe, so each rendering borrows a set and returns it.
 * <p>
 * GSUB is switched off. With it on, PDFBox 3 runs its Latin glyph-substitution worker over every
 * showText (most of the time of a large list) and turns "fi"/"fl" into ligature glyphs that text extraction
 * cannot map back. Vietnamese needs no substitution: NFC text maps to precomposed glyphs through the cmap.
 */
final class FontSet {
    private static final byte[] REGULAR = load("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = load("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = load("LiberationSerif-Italic.ttf");
    private static final ConcurrentLinkedQueue<FontSet> POOL = new ConcurrentLinkedQueue<>();

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final TrueTypeFont italic;

    private FontSet() throws IOException {
        regular = parse(REGULAR);
        bold = parse(BOLD);
        italic = parse(ITALIC);
    }

    static FontSet borrow() {
        FontSet set = POOL.poll();
        if (set != null) {
            return set;
        }
        try {
            return new FontSet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void giveBack(FontSet set) {
        POOL.offer(set);
    }

    PDType0Font[] loadInto(PDDocument doc) throws IOException {
        return new PDType0Font[]{PDType0Font.load(doc, regular, true), PDType0Font.load(doc, bold, true),
                PDType0Font.load(doc, italic, true)};
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] load(String name) {
        try (InputStream in = Objects.requireNonNull(FontSet.class.getResourceAsStream("/fonts/" + name),
                "font missing: " + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
