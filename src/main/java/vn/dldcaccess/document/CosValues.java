package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

import java.util.HashSet;
import java.util.Set;

/**
 * Comparing values of two revisions of one file. A reference is the same when it names the same object (whether
 * that object changed is judged on its own); direct values are compared by content. Nesting is bounded by
 * {@link PdfPreflight}, so the recursion here is shallow.
 */
final class CosValues {
    private CosValues() {
    }

    static COSObjectKey key(COSBase v) {
        return v instanceof COSObject o ? o.getKey() : null;
    }

    static COSBase resolve(COSBase v) {
        return v instanceof COSObject o ? o.getObject() : v;
    }

    static boolean same(COSBase a, COSBase b) {
        if (a instanceof COSObject || b instanceof COSObject) {
            COSObjectKey ka = key(a);
            return ka != null && ka.equals(key(b));
        }
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof COSStream || b instanceof COSStream) {
            // a direct stream cannot be; streams are always indirect objects
            return false;
        }
        if (a instanceof COSArray x && b instanceof COSArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSDictionary x && b instanceof COSDictionary y) {
            return sameExcept(x, y, Set.of());
        }
        if (a instanceof COSString x && b instanceof COSString y) {
            return java.util.Arrays.equals(x.getBytes(), y.getBytes());
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    /** Every entry but {@code ignored} the same in both. */
    static boolean sameExcept(COSDictionary a, COSDictionary b, Set<COSName> ignored) {
        Set<COSName> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (COSName k : keys) {
            if (!ignored.contains(k) && !same(a.getItem(k), b.getItem(k))) {
                return false;
            }
        }
        return true;
    }

    /** The entries that differ, but {@code ignored}. */
    static Set<COSName> differing(COSDictionary a, COSDictionary b, Set<COSName> ignored) {
        Set<COSName> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        Set<COSName> out = new HashSet<>();
        for (COSName k : keys) {
            if (!ignored.contains(k) && !same(a.getItem(k), b.getItem(k))) {
                out.add(k);
            }
        }
        return out;
    }

    /** A signature field, or a widget of one: /FT /Sig on it or on its parent. */
    static boolean isSignatureField(COSDictionary d) {
        if (COSName.SIG.equals(d.getCOSName(COSName.FT))) {
            return true;
        }
        COSBase parent = resolve(d.getItem(COSName.PARENT));
        return parent instanceof COSDictionary p && COSName.SIG.equals(p.getCOSName(COSName.FT));
    }
}
