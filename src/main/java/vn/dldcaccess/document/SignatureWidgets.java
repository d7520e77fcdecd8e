package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import vn.dldcaccess.shared.Messages;

/**
 * What signing may add to a page: a signature widget that is signed (its field has a value) and small. A widget
 * draws whatever its appearance holds over the page, so an unsigned one, or one as large as the text it covers,
 * would change what a reader sees while "only signing". A stamp of 10 × 6 cm is a tenth of an A4 page; a widget
 * may cover at most {@link #MAX_SHARE} of its page.
 */
final class SignatureWidgets {
    static final double MAX_SHARE = 1.0 / 8;
    private static final double A4 = 595.0 * 842.0;

    private SignatureWidgets() {
    }

    /** The field (the widget itself, or its parent) holds a signature. */
    static boolean signed(COSDictionary widget) {
        if (CosValues.resolve(widget.getItem(COSName.V)) instanceof COSDictionary) {
            return true;
        }
        return CosValues.resolve(widget.getItem(COSName.PARENT)) instanceof COSDictionary parent
                && CosValues.resolve(parent.getItem(COSName.V)) instanceof COSDictionary;
    }

    /** Why the widget may not be added or changed by signing, or null. */
    static String refusal(COSDictionary widget, COSDictionary page, int pageNumber) {
        if (!signed(widget)) {
            return pageNumber > 0 ? Messages.text("document.part.unsignedWidgetOnPage", pageNumber)
                    : Messages.text("document.part.unsignedWidget");
        }
        double area = area(widget.getCOSArray(COSName.RECT));
        double pageArea = page == null ? A4 : pageArea(page);
        if (area > MAX_SHARE * pageArea) {
            return pageNumber > 0 ? Messages.text("document.part.largeWidgetOnPage", Math.round(100 * area / pageArea), pageNumber)
                    : Messages.text("document.part.largeWidget", Math.round(100 * area / pageArea));
        }
        return null;
    }

    /** The page the widget names (/P), if it names one. */
    static COSDictionary page(COSDictionary widget) {
        return CosValues.resolve(widget.getItem(COSName.P)) instanceof COSDictionary p ? p : null;
    }

    private static double pageArea(COSDictionary page) {
        COSDictionary node = page;
        for (int level = 0; node != null && level < 32; level++) {
            if (node.getCOSArray(COSName.MEDIA_BOX) != null) {
                double a = area(node.getCOSArray(COSName.MEDIA_BOX));
                return a > 0 ? a : A4;
            }
            node = CosValues.resolve(node.getItem(COSName.PARENT)) instanceof COSDictionary p ? p : null;
        }
        return A4;
    }

    private static double area(COSArray r) {
        if (r == null || r.size() != 4) {
            return 0;
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            COSBase x = CosValues.resolve(r.get(i));
            if (!(x instanceof COSNumber n)) {
                return Double.MAX_VALUE;
            }
            v[i] = n.floatValue();
        }
        return Math.abs(v[2] - v[0]) * Math.abs(v[3] - v[1]);
    }
}
