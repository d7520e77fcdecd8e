package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.dldcaccess.shared.Messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a later revision of a file changed beyond what signing adds (ETSI EN 319 102-1's "modification
 * detection"; pyHanko's difference analysis is the model). The later revision starts with the earlier one byte for
 * byte, so an object it did not redefine is the same object: only the objects its updates redefine or remove are
 * looked at. May change: the catalog's form and DSS, the form's field list (new signature fields only), a page's
 * annotation list (new signature widgets only), an unsigned signature field (its value and look), the document
 * information's modification date and producer. Anything else is named, in Vietnamese.
 */
final class RevisionDiff {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final Set<COSName> CATALOG_MAY_CHANGE = Set.of(COSName.ACRO_FORM, DSS, COSName.EXTENSIONS);
    private static final Set<COSName> FORM_MAY_CHANGE = Set.of(COSName.FIELDS, COSName.SIG_FLAGS, COSName.DR,
            COSName.DA);
    private static final Set<COSName> UNSIGNED_FIELD_MAY_CHANGE = Set.of(COSName.V, COSName.AP, COSName.AS,
            COSName.RECT, COSName.F, COSName.MK, COSName.P, COSName.DA, COSName.getPDFName("Lock"),
            COSName.getPDFName("SV"));
    private static final Set<COSName> INFO_MAY_CHANGE = Set.of(COSName.MOD_DATE, COSName.PRODUCER);

    private final PDDocument base;
    private final PDDocument revised;
    private final DocumentParts parts;
    private final Set<String> changes = new LinkedHashSet<>();

    private RevisionDiff(PDDocument base, PDDocument revised, PdfLimits limits) {
        this.base = base;
        this.revised = revised;
        this.parts = DocumentParts.of(base, limits);
    }

    /**
     * @param freed object numbers the updates after {@code base} mark free
     * @return what changed beyond signing, each named once; empty when nothing did
     */
    static List<String> changes(PDDocument base, PDDocument revised, Set<Long> freed, PdfLimits limits) {
        RevisionDiff d = new RevisionDiff(base, revised, limits);
        d.compare(freed);
        return new ArrayList<>(d.changes);
    }

    private void compare(Set<Long> freed) {
        Map<COSObjectKey, Long> before = base.getDocument().getXrefTable();
        Map<COSObjectKey, Long> after = revised.getDocument().getXrefTable();
        COSDictionary trailerBefore = base.getDocument().getTrailer();
        COSDictionary trailerAfter = revised.getDocument().getTrailer();
        if (!CosValues.same(trailerBefore.getItem(COSName.ROOT), trailerAfter.getItem(COSName.ROOT))) {
            catalog(dict(trailerBefore.getItem(COSName.ROOT)), dict(trailerAfter.getItem(COSName.ROOT)));
        }
        if (!CosValues.same(trailerBefore.getItem(COSName.INFO), trailerAfter.getItem(COSName.INFO))) {
            info(dict(trailerBefore.getItem(COSName.INFO)), dict(trailerAfter.getItem(COSName.INFO)));
        }
        for (Map.Entry<COSObjectKey, Long> e : before.entrySet()) {
            COSObjectKey key = e.getKey();
            Long now = after.get(key);
            if (now == null || freed.contains(key.getNumber())) {
                named(key, true);
            } else if (!sameLocation(key, e.getValue(), now, before, after)) {
                redefined(key);
            }
        }
        for (COSObjectKey key : parts.missing) {
            if (after.containsKey(key)) {
                changes.add(Messages.text("document.part.missingAdded", key.getNumber()));
            }
        }
    }

    /** An object in an object stream is where it was only if that stream is too. */
    private static boolean sameLocation(COSObjectKey key, long was, long is, Map<COSObjectKey, Long> before,
                                        Map<COSObjectKey, Long> after) {
        if (was != is) {
            return false;
        }
        if (was > 0) {
            return true;
        }
        COSObjectKey stream = new COSObjectKey(-was, 0);
        return before.get(stream) != null && before.get(stream).equals(after.get(stream));
    }

    private void redefined(COSObjectKey key) {
        DocumentParts.Role role = parts.roles.get(key);
        if (role == null) {
            if (parts.protectedParts.containsKey(key)) {
                named(key, false);
            }
            // reachable only through an unsigned signature field (its old look), or from nothing: signing may do it
            return;
        }
        COSDictionary was = dict(base.getDocument().getObjectFromPool(key));
        COSDictionary is = dict(revised.getDocument().getObjectFromPool(key));
        int page = parts.pageOf.getOrDefault(key, 0);
        switch (role) {
            case CATALOG -> catalog(was, is);
            case ACROFORM -> form(was, is);
            case FIELDS -> fieldList(array(base.getDocument().getObjectFromPool(key)),
                    array(revised.getDocument().getObjectFromPool(key)));
            case PAGE -> page(was, is, page);
            case ANNOTS -> annotations(array(base.getDocument().getObjectFromPool(key)),
                    array(revised.getDocument().getObjectFromPool(key)), page, null);
            case SIGNATURE_FIELD -> signatureField(was, is);
            case INFO -> info(was, is);
        }
    }

    private void named(COSObjectKey key, boolean removed) {
        String label = parts.protectedParts.get(key);
        if (label == null && parts.roles.containsKey(key)) {
            label = switch (parts.roles.get(key)) {
                case PAGE, ANNOTS -> Messages.text("document.part.page", parts.pageOf.get(key));
                case CATALOG -> Messages.text("document.part.catalog");
                case INFO -> Messages.text("document.part.info");
                case SIGNATURE_FIELD -> Messages.text("document.part.signatureField");
                default -> Messages.text("document.part.form");
            };
        }
        if (label != null) {
            changes.add(removed ? Messages.text("document.part.removed", label) : label);
        }
    }

    private void catalog(COSDictionary was, COSDictionary is) {
        if (was == null || is == null) {
            changes.add(Messages.text("document.part.catalog"));
            return;
        }
        for (COSName k : CosValues.differing(was, is, CATALOG_MAY_CHANGE)) {
            changes.add(k.equals(COSName.PAGES) ? Messages.text("document.part.pageTree") : k.equals(COSName.METADATA)
                    ? Messages.text("document.part.metadata") : Messages.text("document.part.other", k.getName()));
        }
        if (!CosValues.same(was.getItem(COSName.ACRO_FORM), is.getItem(COSName.ACRO_FORM))) {
            form(dict(was.getItem(COSName.ACRO_FORM)), dict(is.getItem(COSName.ACRO_FORM)));
        }
    }

    private void form(COSDictionary was, COSDictionary is) {
        if (is == null) {
            changes.add(Messages.text("document.part.removed", Messages.text("document.part.form")));
            return;
        }
        COSDictionary before = was == null ? new COSDictionary() : was;
        if (!CosValues.differing(before, is, FORM_MAY_CHANGE).isEmpty()) {
            changes.add(Messages.text("document.part.form"));
        }
        if (!CosValues.same(before.getItem(COSName.FIELDS), is.getItem(COSName.FIELDS))) {
            fieldList(array(before.getItem(COSName.FIELDS)), array(is.getItem(COSName.FIELDS)));
        }
    }

    private void fieldList(COSArray was, COSArray is) {
        for (COSBase added : added(was, is, Messages.text("document.part.removed", Messages.text("document.part.field")))) {
            if (!(CosValues.resolve(added) instanceof COSDictionary f)
                    || !COSName.SIG.equals(f.getCOSName(COSName.FT))) {
                changes.add(Messages.text("document.part.newField"));
            }
            // what a new field shows is judged where it is shown: in its page's annotations
        }
    }

    /** A signature widget signing added or changed: signed, and no larger than a stamp. */
    private void widget(COSDictionary widget, COSDictionary page, int pageNumber) {
        String refusal = SignatureWidgets.refusal(widget, page, pageNumber);
        if (refusal != null) {
            changes.add(refusal);
        }
    }

    private void page(COSDictionary was, COSDictionary is, int n) {
        if (was == null || is == null || !CosValues.differing(was, is, Set.of(COSName.ANNOTS)).isEmpty()) {
            changes.add(Messages.text("document.part.page", n));
            return;
        }
        if (!CosValues.same(was.getItem(COSName.ANNOTS), is.getItem(COSName.ANNOTS))) {
            annotations(array(was.getItem(COSName.ANNOTS)), array(is.getItem(COSName.ANNOTS)), n, is);
        }
    }

    private void annotations(COSArray was, COSArray is, int page, COSDictionary onPage) {
        for (COSBase added : added(was, is, Messages.text("document.part.removed", Messages.text("document.part.annotation", page)))) {
            if (!(CosValues.resolve(added) instanceof COSDictionary a) || !COSName.WIDGET.equals(a.getCOSName(COSName.SUBTYPE))
                    || !CosValues.isSignatureField(a)) {
                changes.add(Messages.text("document.part.newAnnotation", page));
            } else {
                widget(a, onPage, page);
            }
        }
    }

    /** What {@code is} holds beyond {@code was}; anything of {@code was} it lost is named {@code lost}. */
    private List<COSBase> added(COSArray was, COSArray is, String lost) {
        List<COSBase> before = was == null ? List.of() : new ArrayList<>(was.toList());
        List<COSBase> after = is == null ? List.of() : new ArrayList<>(is.toList());
        for (COSBase b : before) {
            int i = indexOf(after, b);
            if (i < 0) {
                changes.add(lost);
            } else {
                after.remove(i);
            }
        }
        return after;
    }

    private static int indexOf(List<COSBase> list, COSBase v) {
        for (int i = 0; i < list.size(); i++) {
            if (CosValues.same(list.get(i), v)) {
                return i;
            }
        }
        return -1;
    }

    /** An unsigned field may be signed, and then take a new look; a signed one stays as it is. */
    private void signatureField(COSDictionary was, COSDictionary is) {
        boolean signed = was != null && was.getItem(COSName.V) != null;
        if (was == null || is == null
                || !CosValues.differing(was, is, signed ? Set.of() : UNSIGNED_FIELD_MAY_CHANGE).isEmpty()) {
            changes.add(Messages.text(signed ? "document.part.signature" : "document.part.signatureField"));
        } else if (!signed && !CosValues.differing(was, is, Set.of(COSName.P)).isEmpty()) {
            widget(is, SignatureWidgets.page(is), 0);
        }
    }

    private void info(COSDictionary was, COSDictionary is) {
        COSDictionary before = was == null ? new COSDictionary() : was;
        COSDictionary after = is == null ? new COSDictionary() : is;
        if (!CosValues.differing(before, after, INFO_MAY_CHANGE).isEmpty()) {
            changes.add(Messages.text("document.part.infoWithNumber"));
        }
    }

    private static COSDictionary dict(COSBase v) {
        return CosValues.resolve(v) instanceof COSDictionary d ? d : null;
    }

    private static COSArray array(COSBase v) {
        return CosValues.resolve(v) instanceof COSArray a ? a : null;
    }
}
