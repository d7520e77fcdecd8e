package vn.dldcaccess.document;

import vn.dldcaccess.shared.Wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-references of a PDF from outside, gathered by {@link PdfPreflight} and judged once the whole file is
 * read. PDFBox finds objects through them, so none may point where the pre-flight did not read an object: every
 * entry in use names the offset of that very object, every compressed entry an object stream the pre-flight
 * decoded, every {@code startxref}, {@code /Prev} and {@code /XRefStm} a cross-reference section. Otherwise an
 * object hidden in a comment, a string or another stream's data (never measured) would be what PDFBox reads.
 * Free entries are kept, since PDFBox keeps an object an update marks free while other readers drop it.
 */
final class PdfCrossReferences {
    private final PdfLimits limits;
    private final Map<Integer, Long> objectAt = new HashMap<>();
    private final Set<Long> objectStreams = new HashSet<>();
    private final Set<Integer> sectionAt = new HashSet<>();
    private final List<Long> pointers = new ArrayList<>();
    private final List<long[]> inUse = new ArrayList<>();
    private final Set<Long> containers = new HashSet<>();
    final List<PdfPreflight.Free> frees = new ArrayList<>();

    PdfCrossReferences(PdfLimits limits) {
        this.limits = limits;
    }

    /** An indirect object read at {@code at} (where its number stands). */
    void object(int at, long number, long generation, Object value) {
        objectAt.put(at, key(number, generation));
        if (value instanceof Map<?, ?> d) {
            String type = PdfPreflight.nameOf(d.get("Type"));
            if ("ObjStm".equals(type)) {
                objectStreams.add(number);
            } else if ("XRef".equals(type)) {
                sectionAt.add(at);
            }
        }
    }

    /** A cross-reference table ("xref") read at {@code at}. */
    void table(int at) {
        sectionAt.add(at);
    }

    /** A {@code startxref} value. */
    void startxref(long offset) {
        pointers.add(offset);
    }

    void inUse(long offset, long number, long generation) {
        inUse.add(new long[]{offset, key(number, generation)});
    }

    private static long key(long number, long generation) {
        return number << 16 | (generation & 0xffff);
    }

    void free(long number, int at) {
        if (number != 0) {
            frees.add(new PdfPreflight.Free(number, at));
        }
    }

    /** A trailer or a cross-reference stream's dictionary: never encrypted, sizes PDFBox can hold. */
    void dictionary(Map<?, ?> dict) {
        if (dict.containsKey("Encrypt")) {
            throw new PdfRefused("Encrypted PDF", Wording.of("document.pdf.encrypted"));
        }
        if (!(dict.get("Size") instanceof Long size) || size < 1 || size > 5L * limits.maxObjects()) {
            throw PdfRefused.tooComplex("/Size " + dict.get("Size") + " in a trailer", Wording.of("document.pdf.limit.objects"));
        }
        for (String pointer : List.of("Prev", "XRefStm")) {
            if (dict.get(pointer) != null) {
                if (!(dict.get(pointer) instanceof Long offset)) {
                    throw PdfRefused.malformed("bad /" + pointer);
                }
                pointers.add(offset);
            }
        }
        if (dict.get("W") == null) {
            return;
        }
        if (!(dict.get("W") instanceof List<?> w) || w.size() != 3
                || !w.stream().allMatch(x -> x instanceof Long v && v >= 0 && v <= 8)) {
            throw PdfRefused.malformed("bad /W in a cross-reference stream");
        }
        List<?> index = index(dict);
        long entries = 0;
        for (int i = 0; i < index.size(); i++) {
            if (!(index.get(i) instanceof Long v) || v < 0 || index.size() % 2 != 0) {
                throw PdfRefused.malformed("bad /Index in a cross-reference stream");
            }
            entries += i % 2 == 1 ? v : 0;
        }
        // as many as a cross-reference table may hold: PDFBox keeps an entry for each, however little data backs it
        if (entries > limits.maxObjects() + 1L) {
            throw PdfRefused.tooComplex("cross-reference stream of " + entries + " entries", Wording.of("document.pdf.limit.objects"));
        }
    }

    private static List<?> index(Map<?, ?> dict) {
        return dict.get("Index") instanceof List<?> l ? l : List.of(0L, dict.get("Size"));
    }

    /** The entries of a decoded cross-reference stream, by its /W and /Index. */
    void streamEntries(PdfPreflight.Stream s, byte[] decoded) {
        List<?> w = (List<?>) s.dictionary().get("W");
        int[] widths = {(int) (long) (Long) w.get(0), (int) (long) (Long) w.get(1), (int) (long) (Long) w.get(2)};
        int width = widths[0] + widths[1] + widths[2];
        List<?> index = index(s.dictionary());
        int p = 0;
        for (int i = 0; i + 1 < index.size(); i += 2) {
            long first = (Long) index.get(i);
            long count = (Long) index.get(i + 1);
            for (long j = 0; j < count && p + width <= decoded.length; j++, p += width) {
                long type = widths[0] == 0 ? 1 : field(decoded, p, widths[0]);
                long second = field(decoded, p + widths[0], widths[1]);
                if (type == 0) {
                    free(first + j, s.dataStart());
                } else if (type == 1) {
                    inUse(second, first + j, widths[2] == 0 ? 0 : field(decoded, p + widths[0] + widths[1], widths[2]));
                } else if (type == 2) {
                    containers.add(second);
                }
            }
        }
    }

    private static long field(byte[] b, int at, int width) {
        long v = 0;
        for (int k = 0; k < width; k++) {
            v = (v << 8) | (b[at + k] & 0xff);
        }
        return v;
    }

    /** After the whole file is read: every reference points at what the pre-flight read. */
    void verify() {
        for (long[] e : inUse) {
            Long there = e[0] > Integer.MAX_VALUE ? null : objectAt.get((int) e[0]);
            if (there == null || there != e[1]) {
                throw PdfRefused.malformed("cross-reference entry of object " + (e[1] >> 16) + " points at " + e[0]
                        + ", where no such object was read");
            }
        }
        for (long container : containers) {
            if (!objectStreams.contains(container)) {
                throw PdfRefused.malformed("compressed objects in " + container + ", which is no object stream");
            }
        }
        for (long p : pointers) {
            if (p > Integer.MAX_VALUE || !sectionAt.contains((int) p)) {
                throw PdfRefused.malformed("a cross-reference pointer to " + p + ", where no section was read");
            }
        }
    }
}
