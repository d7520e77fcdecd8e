package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What each object of a revision is, for judging a later revision of it. A few objects may change when a document
 * is signed and are compared entry by entry ({@link Role}): the catalog, the form and its field list, the pages
 * (for their annotation lists), the unsigned signature fields and the document information. Everything the
 * reader sees is "protected" under a Vietnamese label ("nội dung trang 2"): page contents and resources, the
 * page tree, other annotations, metadata, attachments, existing signatures. Objects reachable only through an
 * unsigned signature field (its appearance) are neither: signing may replace them.
 */
final class DocumentParts {
    enum Role { CATALOG, ACROFORM, FIELDS, PAGE, ANNOTS, SIGNATURE_FIELD, INFO }

    private static final Set<COSName> FIELD_OWN = Set.of(COSName.V, COSName.AP, COSName.AS, COSName.MK, COSName.P,
            COSName.PARENT, COSName.getPDFName("Lock"), COSName.getPDFName("SV"));

    final Map<COSObjectKey, Role> roles = new HashMap<>();
    final Map<COSObjectKey, Integer> pageOf = new HashMap<>();
    final Map<COSObjectKey, String> protectedParts = new HashMap<>();
    /** Referenced, but not in this revision: defining it later would change what is shown. */
    final Set<COSObjectKey> missing = new HashSet<>();
    private final Map<COSObjectKey, Long> xref;
    private final PdfLimits limits;
    private int pages;

    private DocumentParts(PDDocument doc, PdfLimits limits) {
        this.xref = doc.getDocument().getXrefTable();
        this.limits = limits;
    }

    static DocumentParts of(PDDocument doc, PdfLimits limits) {
        DocumentParts parts = new DocumentParts(doc, limits);
        COSDictionary trailer = doc.getDocument().getTrailer();
        parts.role(trailer.getItem(COSName.INFO), Role.INFO, 0);
        COSBase root = trailer.getItem(COSName.ROOT);
        parts.role(root, Role.CATALOG, 0);
        if (CosValues.resolve(root) instanceof COSDictionary catalog) {
            // pages and form first: a structure tree or an action reaching a signature widget must not claim it
            parts.pages(catalog.getItem(COSName.PAGES));
            parts.acroForm(catalog.getItem(COSName.ACRO_FORM));
            for (Map.Entry<COSName, COSBase> e : catalog.entrySet()) {
                COSName k = e.getKey();
                if (!k.equals(COSName.PAGES) && !k.equals(COSName.ACRO_FORM) && !k.equals(COSName.getPDFName("DSS"))) {
                    parts.protect(e.getValue(), label(k));
                }
            }
        }
        return parts;
    }

    private static String label(COSName k) {
        return switch (k.getName()) {
            case "Metadata" -> Messages.text("document.part.metadata");
            case "Names", "AF", "EmbeddedFiles" -> Messages.text("document.part.attachments");
            case "OpenAction", "AA" -> Messages.text("document.part.actions");
            case "OutputIntents" -> Messages.text("document.part.outputIntents");
            default -> Messages.text("document.part.other", k.getName());
        };
    }

    private void role(COSBase v, Role role, int page) {
        if (v instanceof COSObject o) {
            roles.put(o.getKey(), role);
            pageOf.put(o.getKey(), page);
        }
    }

    private void pages(COSBase tree) {
        if (tree == null) {
            throw PdfRefused.malformed("no page tree");
        }
        Deque<COSBase> todo = new ArrayDeque<>();
        Set<COSObjectKey> seen = new HashSet<>();
        todo.push(tree);
        while (!todo.isEmpty()) {
            COSBase node = todo.pop();
            COSObjectKey key = CosValues.key(node);
            if (key != null && !seen.add(key)) {
                throw PdfRefused.malformed("page tree loops at " + key);
            }
            if (!(CosValues.resolve(node) instanceof COSDictionary d)) {
                throw PdfRefused.malformed("page tree entry is no dictionary");
            }
            if (d.getItem(COSName.KIDS) != null) {
                if (key != null) {
                    protectedParts.put(key, Messages.text("document.part.pageTree"));
                }
                if (!(CosValues.resolve(d.getItem(COSName.KIDS)) instanceof COSArray kids)) {
                    throw PdfRefused.malformed("page tree /Kids is no array");
                }
                protectOwn(d.getItem(COSName.KIDS), Messages.text("document.part.pageTree"));
                for (int i = kids.size() - 1; i >= 0; i--) {
                    todo.push(kids.get(i));
                }
            } else {
                page(node, d);
            }
        }
    }

    private void page(COSBase node, COSDictionary d) {
        if (++pages > limits.maxPages()) {
            throw PdfRefused.tooComplex("more than " + limits.maxPages() + " pages", Wording.of("document.pdf.limit.pages"));
        }
        int n = pages;
        role(node, Role.PAGE, n);
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            if (e.getKey().equals(COSName.ANNOTS)) {
                annotations(e.getValue(), n);
            } else if (!e.getKey().equals(COSName.PARENT)) {
                protect(e.getValue(), Messages.text(e.getKey().equals(COSName.CONTENTS) ? "document.part.pageContents"
                        : e.getKey().equals(COSName.RESOURCES) ? "document.part.pageResources" : "document.part.page", n));
            }
        }
    }

    private void annotations(COSBase v, int page) {
        role(v, Role.ANNOTS, page);
        if (!(CosValues.resolve(v) instanceof COSArray annots)) {
            return;
        }
        for (COSBase a : annots) {
            if (CosValues.resolve(a) instanceof COSDictionary d && CosValues.isSignatureField(d)) {
                signatureField(a, d);
            } else {
                protect(a, Messages.text("document.part.annotation", page));
            }
        }
    }

    private void acroForm(COSBase v) {
        if (v == null) {
            return;
        }
        role(v, Role.ACROFORM, 0);
        if (!(CosValues.resolve(v) instanceof COSDictionary form)) {
            return;
        }
        for (Map.Entry<COSName, COSBase> e : form.entrySet()) {
            String k = e.getKey().getName();
            if (k.equals("Fields")) {
                fields(e.getValue());
            } else if (!k.equals("DR") && !k.equals("DA") && !k.equals("SigFlags")) {
                protect(e.getValue(), Messages.text("document.part.form"));
            }
        }
    }

    private void fields(COSBase v) {
        role(v, Role.FIELDS, 0);
        if (!(CosValues.resolve(v) instanceof COSArray fields)) {
            return;
        }
        Deque<COSBase> todo = new ArrayDeque<>(fields.toList());
        int count = 0;
        while (!todo.isEmpty()) {
            COSBase f = todo.pop();
            if (++count > limits.maxFields()) {
                throw PdfRefused.tooComplex("more than " + limits.maxFields() + " fields", Wording.of("document.pdf.limit.fields"));
            }
            if (!(CosValues.resolve(f) instanceof COSDictionary d)) {
                continue;
            }
            if (CosValues.isSignatureField(d)) {
                signatureField(f, d);
                if (CosValues.resolve(d.getItem(COSName.KIDS)) instanceof COSArray kids) {
                    kids.forEach(todo::push);
                }
            } else {
                protect(f, Messages.text("document.part.field"));
            }
        }
    }

    /** Unsigned: signing may fill it. Signed: its signature and its look are what an earlier signer left. */
    private void signatureField(COSBase v, COSDictionary d) {
        role(v, Role.SIGNATURE_FIELD, 0);
        boolean signed = d.getItem(COSName.V) != null;
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            boolean own = FIELD_OWN.contains(e.getKey()) || e.getKey().equals(COSName.KIDS);
            if (signed && (e.getKey().equals(COSName.V) || e.getKey().equals(COSName.AP))) {
                protect(e.getValue(), Messages.text("document.part.signature"));
            } else if (!own) {
                protect(e.getValue(), Messages.text("document.part.signatureField"));
            }
        }
    }

    private void protectOwn(COSBase v, String label) {
        COSObjectKey key = CosValues.key(v);
        if (key != null) {
            protectedParts.putIfAbsent(key, label);
        }
    }

    /** Everything reachable from {@code v} is shown to the reader; objects with a role are judged by it instead. */
    private void protect(COSBase v, String label) {
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(v);
        while (!todo.isEmpty()) {
            COSBase x = todo.pop();
            if (x instanceof COSObject o) {
                COSObjectKey key = o.getKey();
                if (roles.containsKey(key) || protectedParts.containsKey(key)) {
                    continue;
                }
                if (!xref.containsKey(key)) {
                    missing.add(key);
                    continue;
                }
                protectedParts.put(key, label);
                if (protectedParts.size() > limits.maxObjects()) {
                    throw PdfRefused.tooComplex("object graph beyond " + limits.maxObjects(), Wording.of("document.pdf.limit.objects"));
                }
                x = o.getObject();
            }
            if (x instanceof COSDictionary d) {
                d.getValues().forEach(todo::push);
            } else if (x instanceof COSArray a) {
                a.forEach(todo::push);
            }
        }
    }
}
