package vn.dldcaccess.document;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The visible signature in the signature block: a red frame with who signed, when and the certificate's serial.
 * The text is drawn as the glyphs' outlines, not as text: the document's fonts are subsets fixed when it was
 * issued, and a seal added later must not need glyphs they lack (nor embed a whole font).
 */
final class SealAppearance {
    private static final float SIZE = 8.5f;
    private static final float SMALLEST = 6f;
    private static final float PAD = 4;

    private SealAppearance() {
    }

    static PDAppearanceDictionary draw(PDDocument doc, PDRectangle rect, List<String> lines) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        FontSet fonts = FontSet.borrow();
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(stream)) {
            cs.setStrokingColor(0.75f, 0.05f, 0.05f);
            cs.setLineWidth(1.2f);
            cs.addRect(1, 1, rect.getWidth() - 2, rect.getHeight() - 2);
            cs.stroke();
            cs.setNonStrokingColor(0.75f, 0.05f, 0.05f);
            Fitted fitted = fit(fonts, lines, rect.getWidth() - 2 * PAD, rect.getHeight() - PAD - 1.5f);
            float y = rect.getHeight() - PAD - fitted.size();
            for (Line l : fitted.lines()) {
                outline(cs, l.bold() ? fonts.bold : fonts.regular, l.text(), PAD, y, fitted.size());
                y -= fitted.size() * 1.3f;
            }
        } finally {
            FontSet.giveBack(fonts);
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    private record Line(String text, boolean bold) {
    }

    private record Fitted(List<Line> lines, float size) {
    }

    /**
     * Every word of every line, wrapped to the frame, at the largest size from 8.5 pt down to 6 pt at which they all
     * fit: nothing is cut (a long agency name and the demo marker after it stay whole, issue 21).
     */
    static Fitted fit(FontSet fonts, List<String> lines, float width, float height) throws IOException {
        List<Line> wrapped = List.of();
        for (float size = SIZE; size >= SMALLEST; size -= 0.25f) {
            wrapped = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                TrueTypeFont face = i == 0 ? fonts.bold : fonts.regular;
                float s = size;
                String line = lines.get(i);
                // a bracketed remark (the demo marker after the agency's name) gets a line of its own when the
                // line is too long
                int bracket = line.indexOf(" (");
                List<String> parts = bracket > 0 && advance(face, line, s) > width
                        ? List.of(line.substring(0, bracket), line.substring(bracket + 1)) : List.of(line);
                for (String part : parts) {
                    for (String piece : LineBreaks.wrap(part, t -> advance(face, t, s), width)) {
                        wrapped.add(new Line(piece, i == 0));
                    }
                }
            }
            // the first baseline sits one size under the top, each next one 1.3 sizes lower; descenders below
            if (size + (wrapped.size() - 1) * size * 1.3f + size * 0.25f <= height) {
                return new Fitted(wrapped, size);
            }
        }
        return new Fitted(wrapped, SMALLEST);
    }

    private static float advance(TrueTypeFont face, String s, float size) {
        try {
            CmapLookup cmap = face.getUnicodeCmapLookup();
            float units = 0;
            for (int i = 0; i < s.length(); i++) {
                units += face.getAdvanceWidth(cmap.getGlyphId(s.charAt(i)));
            }
            return units * size / face.getUnitsPerEm();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void outline(PDAppearanceContentStream cs, TrueTypeFont face, String text, float x, float baseline,
                                float size) throws IOException {
        CmapLookup cmap = face.getUnicodeCmapLookup();
        float scale = size / face.getUnitsPerEm();
        for (int i = 0; i < text.length(); i++) {
            int gid = cmap.getGlyphId(text.charAt(i));
            GlyphData glyph = face.getGlyph().getGlyph(gid);
            if (glyph != null) {
                path(cs, glyph.getPath(), x, baseline, scale);
            }
            x += face.getAdvanceWidth(gid) * scale;
        }
    }

    private static void path(PDAppearanceContentStream cs, GeneralPath path, float x, float y, float scale)
            throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        boolean any = false;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(x + c[0] * scale, y + c[1] * scale);
                    lastX = c[0];
                    lastY = c[1];
                    any = true;
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(x + c[0] * scale, y + c[1] * scale);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // TrueType curves are quadratic; PDF draws cubic ones: the same curve, control points at 2/3
                    float c1x = lastX + 2f / 3 * (c[0] - lastX);
                    float c1y = lastY + 2f / 3 * (c[1] - lastY);
                    float c2x = c[2] + 2f / 3 * (c[0] - c[2]);
                    float c2y = c[3] + 2f / 3 * (c[1] - c[3]);
                    cs.curveTo(x + c1x * scale, y + c1y * scale, x + c2x * scale, y + c2y * scale,
                            x + c[2] * scale, y + c[3] * scale);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(x + c[0] * scale, y + c[1] * scale, x + c[2] * scale, y + c[3] * scale,
                            x + c[4] * scale, y + c[5] * scale);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> {
                }
            }
        }
        if (any) {
            cs.fill();
        }
    }
}
