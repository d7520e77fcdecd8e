package vn.dldcaccess.document;

import java.util.List;
import java.util.Map;

/**
 * Cross-reference sections of a PDF from outside, for {@link PdfPreflight}: a trailer or cross-reference stream is
 * never encrypted and sizes nothing beyond what PDFBox can hold; a cross-reference stream's free entries are
 * found, since PDFBox keeps an object an update marks free while other readers drop it.
 */
final class PdfCrossReferences {
    private PdfCrossReferences() {
    }

    /** A trailer or a cross-reference stream's dictionary: never encrypted, sizes PDFBox can hold. */
    static void check(Map<?, ?> dict, PdfLimits limits) {
        if (dict.containsKey("Encrypt")) {
            throw new PdfRefused("Encrypted PDF", "Tệp PDF được mã hóa; văn bản do hệ thống phát hành không mã hóa.");
        }
        if (!(dict.get("Size") instanceof Long size) || size < 1 || size > 8_388_608) {
            throw PdfRefused.malformed("bad /Size in a trailer");
        }
        if (dict.get("W") != null) {
            if (!(dict.get("W") instanceof List<?> w) || w.size() != 3
                    || !w.stream().allMatch(x -> x instanceof Long v && v >= 0 && v <= 8)) {
                throw PdfRefused.malformed("bad /W in a cross-reference stream");
            }
        }
        if (dict.get("Index") instanceof List<?> index) {
            long total = 0;
            for (Object x : index) {
                if (!(x instanceof Long v) || v < 0) {
                    throw PdfRefused.malformed("bad /Index in a cross-reference stream");
                }
                total += v;
            }
            if (total > 2L * (limits.maxObjects() + size)) {
                throw PdfRefused.tooComplex("cross-reference index of " + total, "quá nhiều đối tượng");
            }
        }
    }

    private static void free(List<PdfPreflight.Free> frees, long number, int at) {
        if (number != 0) {
            frees.add(new PdfPreflight.Free(number, at));
        }
    }

    /** The free (type 0) entries of a decoded cross-reference stream, by its /W and /Index. */
    static void streamFrees(PdfPreflight.Stream s, byte[] decoded, List<PdfPreflight.Free> frees) {
        List<?> w = (List<?>) s.dictionary().get("W");
        int w0 = (int) (long) (Long) w.get(0);
        int width = w0 + (int) (long) (Long) w.get(1) + (int) (long) (Long) w.get(2);
        List<?> index = s.dictionary().get("Index") instanceof List<?> l ? l
                : List.of(0L, s.dictionary().get("Size"));
        int p = 0;
        for (int i = 0; i + 1 < index.size(); i += 2) {
            long first = (Long) index.get(i);
            long count = (Long) index.get(i + 1);
            for (long j = 0; j < count && p + width <= decoded.length; j++, p += width) {
                int type = w0 == 0 ? 1 : 0;
                for (int k = 0; k < w0; k++) {
                    type = (type << 8) | (decoded[p + k] & 0xff);
                }
                if (type == 0) {
                    free(frees, first + j, s.dataStart());
                }
            }
        }
    }

}
