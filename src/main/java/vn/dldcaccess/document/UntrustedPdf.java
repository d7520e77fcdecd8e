package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.dldcaccess.shared.Wording;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A PDF from outside, opened only after {@link PdfPreflight} passed it: parsed strictly (no repair, no guessing
 * where objects are), with PDFBox's memory budget, and its signature fields found by a bounded walk of the field
 * tree (PDFBox's own walk recurses, so a 5 000-deep tree would overflow the stack).
 */
final class UntrustedPdf implements Closeable {
    /** A signature field and its signature dictionary, as this revision has them. */
    record SignatureField(COSObjectKey field, COSDictionary signature) {
    }

    final byte[] bytes;
    final int length;
    final PdfPreflight.Result structure;
    final PDDocument document;

    private UntrustedPdf(byte[] bytes, int length, PdfPreflight.Result structure, PDDocument document) {
        this.bytes = bytes;
        this.length = length;
        this.structure = structure;
        this.document = document;
    }

    /** The first {@code length} bytes: the whole file, or one of its revisions. */
    static UntrustedPdf open(byte[] bytes, int length, PdfLimits limits) {
        PdfPreflight.Result structure = PdfPreflight.scan(bytes, length, limits);
        return new UntrustedPdf(bytes, length, structure, parse(bytes, length, limits));
    }

    static UntrustedPdf open(byte[] bytes, PdfLimits limits) {
        return open(bytes, bytes.length, limits);
    }

    /**
     * An earlier revision of this file, ending at {@code end}: its bytes are a part of what the pre-flight already
     * read and measured, so they are only parsed, never scanned and decoded a second time (ten signatures must not
     * cost ten times the inflation budget).
     */
    UntrustedPdf revision(int end) {
        if (end == length) {
            throw new IllegalArgumentException("the whole file is no earlier revision");
        }
        if (!structure.endsRevision(end, bytes)) {
            throw PdfRefused.malformed("no revision ends at " + end);
        }
        PdfPreflight.Result part = new PdfPreflight.Result(structure.objects(),
                structure.revisionEnds().stream().filter(e -> e <= end).toList(), structure.inflated(),
                structure.frees().stream().filter(f -> f.at() < end).toList());
        return new UntrustedPdf(bytes, end, part, parse(bytes, end, PdfLimits.DEFAULT));
    }

    private static PDDocument parse(byte[] bytes, int length, PdfLimits limits) {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.memoryBytes(),
                limits.memoryBytes() + limits.scratchBytes());
        try {
            PDFParser parser = new PDFParser(new RandomAccessReadBuffer(ByteBuffer.wrap(bytes, 0, length)), "", null,
                    null, memory.streamCache);
            return parser.parse(false);
        } catch (IOException | RuntimeException e) {
            throw PdfRefused.malformed("PDFBox: " + e.getMessage());
        }
    }

    /** Every signature field of the field tree, signed ones with their signature dictionary. */
    List<SignatureField> signatureFields(PdfLimits limits) {
        List<SignatureField> out = new ArrayList<>();
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        if (!(CosValues.resolve(catalog.getItem(COSName.ACRO_FORM)) instanceof COSDictionary form)
                || !(CosValues.resolve(form.getItem(COSName.FIELDS)) instanceof COSArray fields)) {
            return out;
        }
        record Node(COSBase field, int depth, boolean signatureType) {
        }
        Deque<Node> todo = new ArrayDeque<>();
        fields.forEach(f -> todo.add(new Node(f, 1, false)));
        Set<COSObjectKey> seen = new HashSet<>();
        int count = 0;
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            COSObjectKey key = CosValues.key(n.field());
            if (key != null && !seen.add(key)) {
                throw PdfRefused.malformed("field tree loops at " + key);
            }
            if (++count > limits.maxFields()) {
                throw PdfRefused.tooComplex("more than " + limits.maxFields() + " fields", Wording.of("document.pdf.limit.fields"));
            }
            if (n.depth() > limits.maxFieldDepth()) {
                throw PdfRefused.tooComplex("field tree deeper than " + limits.maxFieldDepth(),
                        Wording.of("document.pdf.limit.fieldDepth"));
            }
            if (!(CosValues.resolve(n.field()) instanceof COSDictionary d)) {
                continue;
            }
            boolean signature = n.signatureType() || COSName.SIG.equals(d.getCOSName(COSName.FT));
            if (CosValues.resolve(d.getItem(COSName.KIDS)) instanceof COSArray kids) {
                kids.forEach(k -> todo.add(new Node(k, n.depth() + 1, signature)));
            }
            if (signature && d.getItem(COSName.T) != null) {
                if (out.size() >= limits.maxSignatures()) {
                    throw PdfRefused.tooComplex("more than " + limits.maxSignatures() + " signature fields",
                            Wording.of("document.pdf.limit.signatureFields"));
                }
                out.add(new SignatureField(key, CosValues.resolve(d.getItem(COSName.V)) instanceof COSDictionary v
                        ? v : null));
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // nothing was written; the bytes are in memory
        }
    }
}
