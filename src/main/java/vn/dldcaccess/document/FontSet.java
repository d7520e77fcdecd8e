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
    /**
     * What Vietnamese documents write: ASCII and Latin-1 (Â Ê Ô À …), Ă Đ Ĩ Ũ Ơ Ư, the five tone marks as
     * combining characters, the precomposed Vietnamese letters U+1EA0–U+1EF9, typographic dashes, quotes
     * and ellipsis, ₫ and €.
     */
    private static final int[][] RANGES = {{0x20, 0x7E}, {0xA0, 0xFF}, {0x102, 0x103}, {0x110, 0x111},
            {0x128, 0x129}, {0x168, 0x169}, {0x1A0, 0x1A1}, {0x1AF, 0x1B0}, {0x300, 0x301}, {0x303, 0x303},
            {0x309, 0x309}, {0x323, 0x323}, {0x1EA0, 0x1EF9}, {0x2013, 0x2014}, {0x2018, 0x201D},
            {0x2026, 0x2026}, {0x20AB, 0x20AC}};
    // Each face reduced once, in memory, to those characters (~2,600 glyphs down to ~340): loading a face into a
    // document builds a width entry per glyph and subsetting walks them all, so this is most of a form's time.
    private static final byte[] REGULAR = reduce(load("LiberationSerif-Regular.ttf"));
    private static final byte[] BOLD = reduce(load("LiberationSerif-Bold.ttf"));
    private static final byte[] ITALIC = reduce(load("LiberationSerif-Italic.ttf"));
    private static final ConcurrentLinkedQueue<FontSet> POOL = new ConcurrentLinkedQueue<>();

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final TrueTypeFont italic;
    /**
     * Advance widths (1/1000 em) of the characters below U+2000 (Latin and the precomposed Vietnamese block),
     * per face, filled on first use. PDFBox applies no kerning, so a string's width is the sum of its
     * characters' widths; computing it through PDFont.getStringWidth encodes every character through the
     * CMap, which was most of the time of a 1000-row list.
     */
    final float[][] widths = {newWidths(), newWidths(), newWidths()};

    private FontSet() throws IOException {
        regular = parse(REGULAR);
        bold = parse(BOLD);
        italic = parse(ITALIC);
    }

    private static float[] newWidths() {
        float[] w = new float[0x2000];
        java.util.Arrays.fill(w, Float.NaN);
        return w;
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

    private static byte[] reduce(byte[] full) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(full))) {
            org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(font);
            java.util.Set<Integer> codePoints = new java.util.HashSet<>();
            for (int[] range : RANGES) {
                for (int c = range[0]; c <= range[1]; c++) {
                    codePoints.add(c);
                }
            }
            subsetter.addAll(codePoints);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the faces can show this character; others are printed as "?" rather than failing the document. */
    boolean canShow(char c) {
        if (c < shows.length) {
            byte known = shows[c];
            if (known == 0) {
                try {
                    known = regular.getUnicodeCmapLookup().getGlyphId(c) > 0 ? (byte) 1 : (byte) -1;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                shows[c] = known;
            }
            return known > 0;
        }
        return false;
    }

    private final byte[] shows = new byte[0x2100];

    private static byte[] load(String name) {
        try (InputStream in = Objects.requireNonNull(FontSet.class.getResourceAsStream("/fonts/" + name),
                "font missing: " + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
