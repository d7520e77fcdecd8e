package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import vn.dldcaccess.shared.Wording;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/**
 * Decodes every stream of a file from outside into a counter, with PDFBox's own filters, and refuses the file
 * when one stream inflates beyond its cap or all together beyond theirs: a 1 MB deflate bomb is found after
 * reading 16 MB of it, never by holding 1 GiB. Decode parameters are checked first, as PDFBox sizes buffers by
 * them. Image filters, which nothing here ever decodes, end a chain unread.
 */
final class StreamBudget {
    private static final Set<String> EXPANDING = Set.of("FlateDecode", "Fl", "LZWDecode", "LZW", "RunLengthDecode",
            "RL", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85");
    private static final Set<String> IMAGE = Set.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode",
            "CCITTFaxDecode", "CCF");

    /** Thrown from inside a filter's output; never escapes this class. */
    private static final class Exceeded extends RuntimeException {
        Exceeded() {
            super(null, null, false, false);
        }
    }

    private final PdfLimits limits;
    private final BiConsumer<PdfPreflight.Stream, byte[]> decodedXref;
    private long total;

    private StreamBudget(PdfLimits limits, BiConsumer<PdfPreflight.Stream, byte[]> decodedXref) {
        this.limits = limits;
        this.decodedXref = decodedXref;
    }

    /** @return the bytes all streams decode to */
    static long check(List<PdfPreflight.Stream> streams, ToLongFunction<PdfPreflight.Ref> lengthOf, byte[] pdf,
                      PdfLimits limits, BiConsumer<PdfPreflight.Stream, byte[]> decodedXref) {
        StreamBudget budget = new StreamBudget(limits, decodedXref);
        for (PdfPreflight.Stream s : streams) {
            int end = s.dataEnd();
            if (s.lengthObject() != null) {
                end = exactEnd(s, lengthOf.applyAsLong(s.lengthObject()));
            }
            budget.decode(s, pdf, end);
        }
        return budget.total;
    }

    /** Data found up to "endstream" ends with an optional end of line; its /Length object must say which. */
    private static int exactEnd(PdfPreflight.Stream s, long declared) {
        int found = s.dataEnd() - s.dataStart();
        for (int eol = 0; eol <= 2 && eol <= found; eol++) {
            if (declared == found - eol) {
                return s.dataStart() + found - eol;
            }
        }
        throw PdfRefused.malformed("stream of object " + s.objectNumber() + " does not match its /Length object");
    }

    private void decode(PdfPreflight.Stream s, byte[] pdf, int end) {
        List<String> filters = names(s.dictionary().get("Filter"), s);
        boolean xref = "XRef".equals(PdfPreflight.nameOf(s.dictionary().get("Type")));
        if (filters.isEmpty()) {
            if (xref) {
                decodedXref.accept(s, java.util.Arrays.copyOfRange(pdf, s.dataStart(), end));
            }
            return;
        }
        if (filters.size() > limits.maxFilters()) {
            throw PdfRefused.tooComplex(filters.size() + " filters on object " + s.objectNumber(), Wording.of("document.pdf.limit.filters"));
        }
        COSDictionary parameters = parameters(filters, s.dictionary().get("DecodeParms"), s);
        InputStream in = new ByteArrayInputStream(pdf, s.dataStart(), end - s.dataStart());
        for (int i = 0; i < filters.size(); i++) {
            String f = filters.get(i);
            boolean last = i == filters.size() - 1;
            if (IMAGE.contains(f)) {
                if (!last) {
                    throw PdfRefused.malformed("image filter " + f + " before others on object " + s.objectNumber());
                }
                return;
            }
            if (!EXPANDING.contains(f)) {
                throw new PdfRefused("Unsupported filter " + f + " on object " + s.objectNumber(),
                        Wording.of("document.pdf.unsupportedFilter"));
            }
            Counter out = new Counter(last && !xref ? null : new ByteArrayOutputStream());
            try {
                Filter filter = FilterFactory.INSTANCE.getFilter(COSName.getPDFName(f));
                filter.decode(in, out, parameters, i);
            } catch (Exceeded e) {
                throw PdfRefused.tooComplex("stream of object " + s.objectNumber() + " inflates beyond "
                        + limits.maxStreamInflated() + " bytes or all beyond " + limits.maxTotalInflated(),
                        Wording.of("document.pdf.limit.inflated"));
            } catch (IOException | RuntimeException e) {
                throw PdfRefused.malformed("stream of object " + s.objectNumber() + " does not decode: " + e);
            }
            if (last && xref) {
                decodedXref.accept(s, out.kept.toByteArray());
            }
            in = last ? null : new ByteArrayInputStream(out.kept.toByteArray());
        }
    }

    private static List<String> names(Object filter, PdfPreflight.Stream s) {
        List<String> out = new ArrayList<>();
        if (filter == null) {
            return out;
        }
        if (filter instanceof PdfPreflight.Name n) {
            out.add(n.value());
        } else if (filter instanceof List<?> list && list.stream().allMatch(x -> x instanceof PdfPreflight.Name)) {
            list.forEach(x -> out.add(((PdfPreflight.Name) x).value()));
        } else {
            throw PdfRefused.malformed("bad /Filter on object " + s.objectNumber());
        }
        return out;
    }

    /** /Filter and /DecodeParms as PDFBox's filters read them, each value within what a real file uses. */
    private static COSDictionary parameters(List<String> filters, Object decodeParms, PdfPreflight.Stream s) {
        COSDictionary d = new COSDictionary();
        COSArray names = new COSArray();
        filters.forEach(f -> names.add(COSName.getPDFName(f)));
        d.setItem(COSName.FILTER, names);
        if (decodeParms == null) {
            return d;
        }
        List<?> each = decodeParms instanceof List<?> l ? l : List.of(decodeParms);
        COSArray parms = new COSArray();
        for (int i = 0; i < each.size(); i++) {
            Object p = each.get(i);
            boolean image = i < filters.size() && IMAGE.contains(filters.get(i));
            if (p instanceof Map<?, ?> m && !image) {
                parms.add(parameter(m, s));
            } else if (p == PdfPreflight.Opaque.NULL || image) {
                parms.add(COSNull.NULL);
            } else {
                throw PdfRefused.malformed("bad /DecodeParms on object " + s.objectNumber());
            }
        }
        d.setItem(COSName.DECODE_PARMS, parms);
        return d;
    }

    private static COSDictionary parameter(Map<?, ?> m, PdfPreflight.Stream s) {
        COSDictionary d = new COSDictionary();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = (String) e.getKey();
            Object v = e.getValue();
            long allowedMax = switch (key) {
                case "Predictor" -> 15;
                case "Colors" -> 32;
                case "BitsPerComponent" -> 16;
                case "Columns" -> 100_000;
                case "EarlyChange" -> 1;
                default -> -1;
            };
            COSBase value;
            if (allowedMax < 0) {
                continue;
            } else if (v instanceof Long l && l >= 0 && l <= allowedMax) {
                value = COSInteger.get(l);
            } else {
                throw PdfRefused.malformed("decode parameter " + key + "=" + v + " on object " + s.objectNumber());
            }
            d.setItem(COSName.getPDFName(key), value);
        }
        if (m.get("BitsPerComponent") instanceof Long bits && !Set.of(1L, 2L, 4L, 8L, 16L).contains(bits)) {
            throw PdfRefused.malformed("BitsPerComponent " + bits + " on object " + s.objectNumber());
        }
        return d;
    }

    /** Counts what a filter writes (keeping it only when another filter reads it next), against both caps. */
    private final class Counter extends OutputStream {
        private final ByteArrayOutputStream kept;
        private long written;

        Counter(ByteArrayOutputStream kept) {
            this.kept = kept;
        }

        @Override
        public void write(int b) {
            count(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count(len);
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        private void count(int len) {
            written += len;
            total += len;
            if (written > limits.maxStreamInflated() || total > limits.maxTotalInflated()) {
                throw new Exceeded();
            }
        }
    }
}
