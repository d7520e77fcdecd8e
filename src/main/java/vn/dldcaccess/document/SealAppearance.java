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
import java.util.List;

/**
 * The visible signature in the signature block: a red frame with who signed, when and the certificate's serial.
 * The text is drawn as the glyphs' outlines, not as text: the document's fonts are subsets fixed when it was
 * issued, and a seal added later must not need glyphs they lack (nor embed a whole font).
 */
final class SealAppearance {
    private static final float SIZE = 8.5f;

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
            float leading = SIZE * 1.3f;
            float y = rect.getHeight() - 4 - SIZE;
            for (int i = 0; i < lines.size(); i++) {
                TrueTypeFont face = i == 0 ? fonts.bold : fonts.regular;
                outline(cs, face, fit(face, lines.get(i), rect.getWidth() - 8), 4, y);
                y -= leading;
            }
        } finally {
            FontSet.giveBack(fonts);
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /** Cuts a line to the frame's width (a long agency name ends in "…"). */
    private static String fit(TrueTypeFont face, String line, float width) throws IOException {
        String s = line;
        while (s.length() > 4 && advance(face, s) > width) {
            s = s.substring(0, s.length() - 2) + "…";
        }
        return s;
    }

    private static float advance(TrueTypeFont face, String s) throws IOException {
        CmapLookup cmap = face.getUnicodeCmapLookup();
        float units = 0;
        for (int i = 0; i < s.length(); i++) {
            units += face.getAdvanceWidth(cmap.getGlyphId(s.charAt(i)));
        }
        return units * SIZE / face.getUnitsPerEm();
    }

    private static void outline(PDAppearanceContentStream cs, TrueTypeFont face, String text, float x, float baseline)
            throws IOException {
        CmapLookup cmap = face.getUnicodeCmapLookup();
        float scale = SIZE / face.getUnitsPerEm();
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
