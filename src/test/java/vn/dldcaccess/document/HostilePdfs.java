package vn.dldcaccess.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;

/**
 * Files an attacker sends, made in the test: each a small PDF built byte by byte (offsets right, so that only the
 * attack is wrong), named by what it tries. The same files are sent to a running node by {@code HostileFilesNodeTest}.
 */
public final class HostilePdfs {
    private HostilePdfs() {
    }

    /** A PDF written object by object, with a correct cross-reference table (or stream) and trailer. */
    static final class Raw {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final List<Integer> offsets = new ArrayList<>();

        Raw() {
            text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        }

        Raw text(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
            return this;
        }

        int next() {
            return offsets.size() + 1;
        }

        /** @return the object's number */
        int obj(String body) {
            offsets.add(out.size());
            int n = offsets.size();
            text(n + " 0 obj\n" + body + "\nendobj\n");
            return n;
        }

        int stream(String dictionary, byte[] data) {
            offsets.add(out.size());
            int n = offsets.size();
            text(n + " 0 obj\n<< " + dictionary + " /Length " + data.length + " >>\nstream\n");
            out.writeBytes(data);
            text("\nendstream\nendobj\n");
            return n;
        }

        byte[] withXrefTable(String trailerExtra) {
            int xref = out.size();
            StringBuilder s = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(o -> s.append(String.format("%010d 00000 n \n", o)));
            text(s + "trailer\n<< /Size " + (offsets.size() + 1) + " /Root 1 0 R " + trailerExtra + " >>\nstartxref\n"
                    + xref + "\n%%EOF\n");
            return out.toByteArray();
        }

        /** The cross-reference as a stream whose data is {@code data} under {@code filter}, whatever it holds. */
        byte[] withXrefStream(String filter, byte[] data) {
            int at = out.size();
            int n = stream("/Type /XRef /Size " + (offsets.size() + 2) + " /W [1 4 2] /Root 1 0 R " + filter, data);
            text("startxref\n" + at + "\n%%EOF\n");
            return n > 0 ? out.toByteArray() : null;
        }
    }

    /** Catalog, pages, one page: objects 1, 2, 3; the page's content (object 4) is {@code content}. */
    static Raw onePage(String contentDictionary, byte[] content) {
        Raw r = new Raw();
        r.obj("<< /Type /Catalog /Pages 2 0 R >>");
        r.obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        r.obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        r.stream(contentDictionary, content);
        return r;
    }

    /** Deflated zeros: about a thousandth of {@code inflated} in size. */
    static byte[] deflateBomb(long inflated) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20];
        byte[] buf = new byte[1 << 16];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long done = 0; done < inflated; done += zeros.length) {
            d.setInput(zeros, 0, (int) Math.min(zeros.length, inflated - done));
            while (!d.needsInput()) {
                out.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static byte[] gib;

    /** 1 GiB of zeros deflated (about 1 MB), made once per run. */
    static synchronized byte[] gibibyteBomb() {
        if (gib == null) {
            gib = deflateBomb(1L << 30);
        }
        return gib;
    }

    /**
     * LZW (EarlyChange 1) of {@code zeros} zero bytes, written directly: on a run of zeros every code is the one the
     * table is about to define, one zero longer than the last; the table is cleared before it is full. (PDFBox's own
     * encoder searches its table linearly and takes minutes for this.)
     */
    static byte[] lzwZeros(long zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] bits = {0, 0};
        java.util.function.BiConsumer<Integer, Integer> put = (code, width) -> {
            for (int i = width - 1; i >= 0; i--) {
                bits[0] = (bits[0] << 1) | ((code >> i) & 1);
                if (++bits[1] == 8) {
                    out.write((int) bits[0]);
                    bits[0] = 0;
                    bits[1] = 0;
                }
            }
        };
        long done = 0;
        int size = 258;
        while (done < zeros) {
            size = 258;
            put.accept(256, width(size));
            put.accept(0, 9);
            done++;
            int length = 1;
            while (done < zeros && size < 4000) {
                put.accept(size, width(size));
                size++;
                length++;
                done += length;
            }
        }
        put.accept(257, width(size));
        if (bits[1] > 0) {
            out.write((int) (bits[0] << (8 - bits[1])));
        }
        return out.toByteArray();
    }

    /** The code width PDFBox's decoder reads at a table of this size (EarlyChange 1). */
    private static int width(int tableSize) {
        return tableSize >= 2047 ? 12 : tableSize >= 1023 ? 11 : tableSize >= 511 ? 10 : 9;
    }

    static byte[] hex(byte[] data) {
        StringBuilder s = new StringBuilder(data.length * 2 + 1);
        for (byte b : data) {
            s.append(String.format("%02x", b));
        }
        return s.append('>').toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A hostile file and why it must be refused (in the log's English). */
    public record Hostile(Supplier<byte[]> file, String reason) {
    }

    private static final class Battery extends LinkedHashMap<String, Hostile> {
        void put(String name, String reason, Supplier<byte[]> file) {
            put(name, new Hostile(file, reason));
        }
    }

    /** Every hostile file, by name: none may cost the node more than its limits, none may answer 500. */
    public static Map<String, Hostile> all() {
        Battery m = new Battery();
        m.put("cross-reference stream inflating to 1 GiB", "stream of object 3 inflates beyond", () -> {
            Raw r = new Raw();
            r.obj("<< /Type /Catalog /Pages 2 0 R >>");
            r.obj("<< /Type /Pages /Kids [] /Count 0 >>");
            return r.withXrefStream("/Filter /FlateDecode", gibibyteBomb());
        });
        m.put("page content inflating to 1 GiB", "stream of object 4 inflates beyond", () -> onePage("/Filter /FlateDecode", gibibyteBomb()).withXrefTable(""));
        m.put("hex then deflate, inflating to 64 MB", "inflates beyond", () ->
                onePage("/Filter [/ASCIIHexDecode /FlateDecode]", hex(deflateBomb(64L << 20))).withXrefTable(""));
        m.put("LZW inflating to 1 GiB", "inflates beyond", () -> onePage("/Filter /LZWDecode", lzwZeros(1L << 30)).withXrefTable(""));
        m.put("run-length inflating to 38 MB", "inflates beyond", () -> {
            byte[] runs = new byte[600_000];
            for (int i = 0; i < runs.length; i += 2) {
                runs[i] = (byte) 129;
            }
            return onePage("/Filter /RunLengthDecode", runs).withXrefTable("");
        });
        m.put("five streams of 15 MB each (80 MB together)", "all beyond", () -> {
            Raw r = onePage("/Filter /FlateDecode", deflateBomb(15L << 20));
            byte[] bomb = deflateBomb(15L << 20);
            for (int i = 0; i < 4; i++) {
                r.stream("/Filter /FlateDecode", bomb);
            }
            return r.withXrefTable("");
        });
        m.put("predictor with two billion columns", "Columns=2000000000", () -> onePage(
                "/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 2000000000 >>", deflateBomb(1000))
                .withXrefTable(""));
        m.put("cross-reference stream with 9-byte fields", "bad /W", () -> {
            Raw r = new Raw();
            r.obj("<< /Type /Catalog /Pages 2 0 R >>");
            r.obj("<< /Type /Pages /Kids [] /Count 0 >>");
            int at = r.out.size();
            r.stream("/Type /XRef /Size 4 /W [9 9 9] /Root 1 0 R", new byte[27]);
            return r.text("startxref\n" + at + "\n%%EOF\n").out.toByteArray();
        });
        m.put("1 100 signature fields (4.9 MB)", "more than 10 signature fields", () -> manySignatureFields(1100));
        m.put("field tree 5 000 deep", "field tree deeper than 8", () -> deepFieldTree(5000));
        m.put("arrays nested 5 000 deep", "nesting deeper than 32", () -> {
            Raw r = onePage("", new byte[0]);
            r.obj("[".repeat(5000) + "]".repeat(5000));
            return r.withXrefTable("");
        });
        m.put("an array of 700 000 numbers", "more than 400000 tokens", () -> {
            Raw r = onePage("", new byte[0]);
            r.obj("[" + "1 ".repeat(700_000) + "]");
            return r.withXrefTable("");
        });
        m.put("25 000 objects", "more than 20000 objects", () -> {
            Raw r = onePage("", new byte[0]);
            for (int i = 0; i < 25_000; i++) {
                r.obj("null");
            }
            return r.withXrefTable("");
        });
        m.put("20 incremental updates", "21 revisions", () -> {
            Raw r = onePage("", new byte[0]);
            byte[] first = r.withXrefTable("");
            StringBuilder more = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                more.append("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n");
            }
            byte[] out = java.util.Arrays.copyOf(first, first.length + more.length());
            System.arraycopy(more.toString().getBytes(StandardCharsets.ISO_8859_1), 0, out, first.length, more.length());
            return out;
        });
        for (int size : new int[]{8_388_608, 100_000}) {
            m.put("cross-reference stream of " + size + " entries", size > 100_000 ? "/Size " + size
                    : "cross-reference stream of " + size + " entries", () -> {
                Raw r = new Raw();
                r.obj("<< /Type /Catalog /Pages 2 0 R >>");
                r.obj("<< /Type /Pages /Kids [] /Count 0 >>");
                int at = r.out.size();
                r.stream("/Type /XRef /Size " + size + " /W [0 1 0] /Root 1 0 R /Filter /FlateDecode", deflateBomb(size));
                return r.text("startxref\n" + at + "\n%%EOF\n").out.toByteArray();
            });
        }
        m.put("the catalog hidden in a comment", "points at", () -> {
            Raw r = new Raw();
            int hidden = r.out.size() + 1;
            r.text("%1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n");
            r.obj("<< /Type /Catalog /Pages 2 0 R >>");
            r.obj("<< /Type /Pages /Kids [] /Count 0 >>");
            r.offsets.set(0, hidden);
            return r.withXrefTable("");
        });
        m.put("an object stream hidden in another stream's data", "points at", () -> {
            Raw r = onePage("", new byte[0]);
            byte[] inner = deflateBomb(64L << 20);
            byte[] head = "5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 99 >>\nstream\n"
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] data = java.util.Arrays.copyOf(head, head.length + inner.length);
            System.arraycopy(inner, 0, data, head.length, inner.length);
            int carrier = r.out.size();
            r.stream("", data);
            int into = carrier + ("5 0 obj\n<< /Length " + data.length + " >>\nstream\n").length();
            r.offsets.set(4, into);
            return r.withXrefTable("");
        });
        m.put("a startxref pointing into a stream", "pointer", () -> {
            byte[] good = onePage("", new byte[0]).withXrefTable("");
            String text = new String(good, StandardCharsets.ISO_8859_1);
            int at = text.lastIndexOf("startxref\n");
            return HostilePdfs.concat(java.util.Arrays.copyOf(good, at), "startxref\n20\n%%EOF\n");
        });
        m.put("encrypted", "Encrypted PDF", () -> onePage("", new byte[0]).withXrefTable("/Encrypt << /Filter /Standard /V 1 >>"));
        m.put("a length past the end", "stream length out of the file", () -> {
            Raw r = onePage("", new byte[0]);
            r.text("9 0 obj\n<< /Length 99999999 >>\nstream\nabc\nendstream\nendobj\n");
            return r.withXrefTable("");
        });
        m.put("bytes after the end", "Malformed PDF", () -> concat(onePage("", new byte[0]).withXrefTable(""), "<html>junk"));
        m.put("cut in the middle", "Malformed PDF", () -> {
            byte[] whole = onePage("", new byte[0]).withXrefTable("");
            return java.util.Arrays.copyOf(whole, whole.length / 2);
        });
        m.put("an HTML page", "no %PDF- header", () -> "<html><body>Xin chào</body></html>".getBytes(StandardCharsets.UTF_8));
        m.put("a ZIP file", "no %PDF- header", () -> new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        m.put("only a header", "bytes after the last %%EOF", () -> "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        m.put("an unterminated string", "unterminated string", () -> concat("%PDF-1.7\n1 0 obj\n(".getBytes(StandardCharsets.ISO_8859_1),
                "(".repeat(100_000)));
        return m;
    }

    static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = java.util.Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return out;
    }

    static byte[] manySignatureFields(int n) {
        Raw r = new Raw();
        int first = 4;
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < n; i++) {
            fields.append(first + 2 * i).append(" 0 R ");
        }
        r.obj("<< /Type /Catalog /Pages 2 0 R /AcroForm 3 0 R >>");
        r.obj("<< /Type /Pages /Kids [] /Count 0 >>");
        r.obj("<< /Fields [" + fields + "] /SigFlags 3 >>");
        String contents = "0".repeat(4000);
        for (int i = 0; i < n; i++) {
            r.obj("<< /FT /Sig /T (s" + i + ") /V " + (first + 2 * i + 1) + " 0 R >>");
            r.obj("<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 10 20 30] "
                    + "/Contents <" + contents + "> >>");
        }
        return r.withXrefTable("");
    }

    static byte[] deepFieldTree(int depth) {
        Raw r = new Raw();
        r.obj("<< /Type /Catalog /Pages 2 0 R /AcroForm 3 0 R >>");
        r.obj("<< /Type /Pages /Kids [] /Count 0 >>");
        r.obj("<< /Fields [4 0 R] >>");
        for (int i = 0; i < depth; i++) {
            int self = 4 + i;
            r.obj("<< /FT /Sig /T (f" + i + ") /Kids [" + (self + 1) + " 0 R] >>");
        }
        r.obj("<< /FT /Sig /T (last) >>");
        return r.withXrefTable("");
    }
}
