package vn.dldcaccess.document;

import vn.dldcaccess.shared.Wording;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first look at a PDF from outside, before PDFBox reads any of it. The whole file must be PDF syntax from its
 * header to its last %%EOF (objects, cross-reference tables, trailers; nothing between them that a lenient parser
 * could read differently), within {@link PdfLimits}; and every stream must decode within the inflation caps,
 * checked here by decoding it into a counter ({@link StreamBudget}). PDFBox then parses strictly what passed, so
 * nothing it decodes later (cross-reference and object streams) can be larger than what was measured here.
 */
final class PdfPreflight {
    record Ref(long number, long generation) {
    }

    record Name(String value) {
    }

    /** A string's or real number's value is never needed here. */
    enum Opaque { STRING, REAL, NULL }

    /** A stream as found: its dictionary and data; with an indirect /Length, the object that must hold its size. */
    record Stream(long objectNumber, Map<String, Object> dictionary, int dataStart, int dataEnd, Ref lengthObject) {
    }

    /** An object a cross-reference section marks free, and where that section is. */
    record Free(long number, int at) {
    }

    /**
     * @param revisionEnds where each revision ends (after its %%EOF), in file order
     * @param frees        objects marked free (object 0, the free list's head, left out)
     */
    record Result(int objects, List<Integer> revisionEnds, long inflated, List<Free> frees) {
        /** Whether a signature's byte range may end here: at a revision's end, or in white space just after it. */
        boolean endsRevision(int end, byte[] pdf) {
            for (int e : revisionEnds) {
                int i = e;
                while (i < end && i < pdf.length && PdfLexer.space(pdf[i])) {
                    i++;
                }
                if (e <= end && i == end) {
                    return true;
                }
            }
            return false;
        }

        /** Numbers of the objects freed by the updates between two revisions. */
        java.util.Set<Long> freedBetween(int from, int to) {
            java.util.Set<Long> out = new java.util.HashSet<>();
            frees.stream().filter(f -> f.at() >= from && f.at() < to).forEach(f -> out.add(f.number()));
            return out;
        }
    }

    private final byte[] pdf;
    private final PdfLexer lex;
    private final PdfValueReader values;
    private final PdfLimits limits;
    private final Map<Long, Long> integerObjects = new HashMap<>();
    private final List<Stream> streams = new ArrayList<>();
    private final PdfCrossReferences references;
    private int objects;

    private PdfPreflight(byte[] pdf, int length, PdfLimits limits) {
        this.pdf = pdf;
        this.references = new PdfCrossReferences(limits);
        this.lex = new PdfLexer(pdf, length, limits.maxTokens());
        this.values = new PdfValueReader(lex, limits.maxDepth());
        this.limits = limits;
    }

    /** @throws PdfRefused when the first {@code length} bytes are not a PDF this application reads */
    static Result scan(byte[] pdf, int length, PdfLimits limits) {
        if (length > limits.maxBytes()) {
            throw PdfRefused.tooComplex(length + " bytes", Wording.of("document.pdf.limit.bytes", limits.maxBytes() / (1024 * 1024)));
        }
        return new PdfPreflight(pdf, length, limits).scan();
    }

    private Result scan() {
        header();
        while (lex.next() != PdfLexer.Kind.END) {
            if (lex.kind == PdfLexer.Kind.INTEGER) {
                indirectObject(lex.start);
            } else if (lex.keyword("xref")) {
                references.table(lex.start);
                xrefTable();
            } else if (lex.keyword("trailer")) {
                if (!(values.read(next()) instanceof Map<?, ?> trailer)) {
                    throw PdfRefused.malformed("trailer is no dictionary");
                }
                references.dictionary(trailer);
            } else if (lex.keyword("startxref")) {
                expect(PdfLexer.Kind.INTEGER, "startxref offset");
                references.startxref(lex.integer);
            } else {
                throw PdfRefused.malformed("unexpected '" + lex.text() + "' at " + lex.start);
            }
        }
        List<Integer> ends = lex.eofEnds();
        if (ends.isEmpty() || ends.get(ends.size() - 1) < lastNonSpace()) {
            throw PdfRefused.malformed("bytes after the last %%EOF");
        }
        if (ends.size() > limits.maxRevisions()) {
            throw PdfRefused.tooComplex(ends.size() + " revisions", Wording.of("document.pdf.limit.revisions"));
        }
        long inflated = StreamBudget.check(streams, this::lengthOf, pdf, limits, references::streamEntries);
        references.verify();
        return new Result(objects, List.copyOf(ends), inflated, List.copyOf(references.frees));
    }

    private void header() {
        byte[] want = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);
        if (lex.length() < 8) {
            throw PdfRefused.malformed("too short");
        }
        for (int i = 0; i < want.length; i++) {
            if (lex.at(i) != want[i]) {
                throw PdfRefused.malformed("no %PDF- header");
            }
        }
    }

    private int lastNonSpace() {
        int i = lex.length();
        while (i > 0 && PdfLexer.space(lex.at(i - 1))) {
            i--;
        }
        return i;
    }

    private void indirectObject(int at) {
        long number = lex.integer;
        expect(PdfLexer.Kind.INTEGER, "generation");
        long generation = lex.integer;
        next();
        if (!lex.keyword("obj") || number < 0 || generation < 0 || generation > 65535) {
            throw PdfRefused.malformed("bad object header at " + lex.start);
        }
        if (++objects > limits.maxObjects()) {
            throw PdfRefused.tooComplex("more than " + limits.maxObjects() + " objects", Wording.of("document.pdf.limit.objects"));
        }
        Object v = values.read(next());
        next();
        if (lex.keyword("stream")) {
            if (!(v instanceof Map<?, ?> dictionary)) {
                throw PdfRefused.malformed("stream without dictionary in object " + number);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> dict = (Map<String, Object>) dictionary;
            stream(number, dict);
            if ("XRef".equals(nameOf(dict.get("Type")))) {
                references.dictionary(dict);
            }
            next();
        } else if (v instanceof Long l) {
            integerObjects.put(number, l);
        }
        if (!lex.keyword("endobj")) {
            throw PdfRefused.malformed("object " + number + " not closed at " + lex.start);
        }
        references.object(at, number, generation, v);
    }

    private void stream(long number, Map<String, Object> dict) {
        int p = lex.position();
        int dataStart = lex.endOfLine(p);
        if (dataStart == p) {
            throw PdfRefused.malformed("no end of line after 'stream' in object " + number);
        }
        Object length = dict.get("Length");
        if (length instanceof Long l) {
            if (l < 0 || l > lex.length() - dataStart) {
                throw PdfRefused.malformed("stream length out of the file in object " + number);
            }
            lex.seek(dataStart + (int) (long) l);
            streams.add(new Stream(number, dict, dataStart, dataStart + (int) (long) l, null));
        } else if (length instanceof Ref ref) {
            int at = indexOf("endstream", dataStart);
            if (at < 0) {
                throw PdfRefused.malformed("stream of object " + number + " has no end");
            }
            lex.seek(at);
            streams.add(new Stream(number, dict, dataStart, at, ref));
        } else {
            throw PdfRefused.malformed("stream without length in object " + number);
        }
        next();
        if (!lex.keyword("endstream")) {
            throw PdfRefused.malformed("stream of object " + number + " does not end at its length");
        }
        if ("ObjStm".equals(nameOf(dict.get("Type")))) {
            long n = dict.get("N") instanceof Long v ? v : -1;
            if (n < 0 || n > limits.maxObjects() || !(dict.get("First") instanceof Long first) || first < 0) {
                throw PdfRefused.malformed("bad object stream " + number);
            }
            objects += (int) n;
            if (objects > limits.maxObjects()) {
                throw PdfRefused.tooComplex("more than " + limits.maxObjects() + " objects", Wording.of("document.pdf.limit.objects"));
            }
        }
    }

    /** The size the data of a stream with an indirect /Length must have, from that object, or -1. */
    private long lengthOf(Ref ref) {
        Long v = integerObjects.get(ref.number());
        return v == null ? -1 : v;
    }

    private void xrefTable() {
        int at = lex.start;
        long entries = 0;
        while (true) {
            next();
            if (lex.keyword("trailer")) {
                if (!(values.read(next()) instanceof Map<?, ?> trailer)) {
                    throw PdfRefused.malformed("trailer is no dictionary");
                }
                references.dictionary(trailer);
                return;
            }
            if (lex.kind != PdfLexer.Kind.INTEGER) {
                throw PdfRefused.malformed("bad cross-reference section at " + lex.start);
            }
            long first = lex.integer;
            expect(PdfLexer.Kind.INTEGER, "cross-reference count");
            long count = lex.integer;
            entries += count;
            if (count < 0 || entries > limits.maxObjects() + 1L) {
                throw PdfRefused.tooComplex("cross-reference of " + entries + " entries", Wording.of("document.pdf.limit.objects"));
            }
            for (long i = 0; i < count; i++) {
                expect(PdfLexer.Kind.INTEGER, "offset");
                long offset = lex.integer;
                expect(PdfLexer.Kind.INTEGER, "generation");
                long generation = lex.integer;
                next();
                if (lex.keyword("f")) {
                    references.free(first + i, at);
                } else if (lex.keyword("n")) {
                    references.inUse(offset, first + i, generation);
                } else {
                    throw PdfRefused.malformed("bad cross-reference entry at " + lex.start);
                }
            }
        }
    }

    private PdfLexer.Kind next() {
        return lex.next();
    }

    private void expect(PdfLexer.Kind kind, String what) {
        if (lex.next() != kind) {
            throw PdfRefused.malformed("expected " + what + " at " + lex.start);
        }
    }

    private int indexOf(String word, int from) {
        byte[] w = word.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= lex.length() - w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (lex.at(i + j) != w[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String nameOf(Object v) {
        return v instanceof Name name ? name.value() : null;
    }

}
