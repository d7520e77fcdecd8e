package vn.dldcaccess.document;

import vn.dldcaccess.shared.Wording;



/**
 * PDF's lexical rules (ISO 32000-1 §7.2), one token at a time, over bytes that may be hostile: no recursion, every
 * loop ends at the end of the input, and every token is counted against the limit. Comments are skipped, but
 * each "%%EOF" is remembered: it ends a revision.
 */
final class PdfLexer {
    enum Kind { INTEGER, REAL, NAME, STRING, KEYWORD, DICT_OPEN, DICT_CLOSE, ARRAY_OPEN, ARRAY_CLOSE, END }

    private final byte[] b;
    private final int n;
    private final int maxTokens;
    private int pos;
    private int tokens;
    private final java.util.List<Integer> eofEnds = new java.util.ArrayList<>();

    Kind kind;
    int start;
    int end;
    long integer;

    PdfLexer(byte[] bytes, int length, int maxTokens) {
        this.b = bytes;
        this.n = length;
        this.maxTokens = maxTokens;
    }

    int position() {
        return pos;
    }

    void seek(int position) {
        pos = position;
    }

    int length() {
        return n;
    }

    byte at(int i) {
        return b[i];
    }

    /** Where each %%EOF marker ends (after its end-of-line), in file order. */
    java.util.List<Integer> eofEnds() {
        return eofEnds;
    }

    boolean keyword(String word) {
        return kind == Kind.KEYWORD && text().equals(word);
    }

    String text() {
        return new String(b, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The name's text without its slash, #xx escapes resolved. */
    String name() {
        StringBuilder s = new StringBuilder();
        for (int i = start + 1; i < end; i++) {
            if (b[i] == '#' && i + 2 < end && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) {
                s.append((char) (hex(b[i + 1]) * 16 + hex(b[i + 2])));
                i += 2;
            } else {
                s.append((char) (b[i] & 0xff));
            }
        }
        return s.toString();
    }

    Kind next() {
        skipSpaceAndComments();
        start = pos;
        if (pos >= n) {
            kind = Kind.END;
            end = pos;
            return kind;
        }
        if (++tokens > maxTokens) {
            throw PdfRefused.tooComplex("more than " + maxTokens + " tokens", Wording.of("document.pdf.limit.tokens"));
        }
        int c = b[pos] & 0xff;
        switch (c) {
            case '[' -> one(Kind.ARRAY_OPEN);
            case ']' -> one(Kind.ARRAY_CLOSE);
            case '(' -> literalString();
            case '/' -> {
                pos++;
                while (pos < n && regular(b[pos])) {
                    pos++;
                }
                kind = Kind.NAME;
            }
            case '<' -> {
                if (pos + 1 < n && b[pos + 1] == '<') {
                    pos += 2;
                    kind = Kind.DICT_OPEN;
                } else {
                    hexString();
                }
            }
            case '>' -> {
                if (pos + 1 < n && b[pos + 1] == '>') {
                    pos += 2;
                    kind = Kind.DICT_CLOSE;
                } else {
                    throw PdfRefused.malformed("stray '>' at " + pos);
                }
            }
            case ')', '{', '}' -> throw PdfRefused.malformed("stray '" + (char) c + "' at " + pos);
            default -> regularToken();
        }
        end = pos;
        return kind;
    }

    private void one(Kind k) {
        pos++;
        kind = k;
    }

    private void regularToken() {
        while (pos < n && regular(b[pos])) {
            pos++;
        }
        if (pos == start) {
            throw PdfRefused.malformed("unexpected byte at " + pos);
        }
        kind = number();
    }

    private Kind number() {
        int i = start;
        if (b[i] == '+' || b[i] == '-') {
            i++;
        }
        int digits = 0;
        boolean dot = false;
        for (; i < pos; i++) {
            if (b[i] >= '0' && b[i] <= '9') {
                digits++;
            } else if (b[i] == '.' && !dot) {
                dot = true;
            } else {
                return Kind.KEYWORD;
            }
        }
        if (digits == 0) {
            return Kind.KEYWORD;
        }
        if (dot) {
            return Kind.REAL;
        }
        if (digits > 18) {
            throw PdfRefused.malformed("integer too long at " + start);
        }
        integer = Long.parseLong(new String(b, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        return Kind.INTEGER;
    }

    private void literalString() {
        int depth = 0;
        while (pos < n) {
            byte c = b[pos++];
            if (c == '\\') {
                pos++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                kind = Kind.STRING;
                return;
            }
        }
        throw PdfRefused.malformed("unterminated string at " + start);
    }

    private void hexString() {
        pos++;
        while (pos < n && b[pos] != '>') {
            if (hex(b[pos]) < 0 && !space(b[pos])) {
                throw PdfRefused.malformed("bad hex string at " + start);
            }
            pos++;
        }
        if (pos >= n) {
            throw PdfRefused.malformed("unterminated hex string at " + start);
        }
        pos++;
        kind = Kind.STRING;
    }

    private void skipSpaceAndComments() {
        while (pos < n) {
            byte c = b[pos];
            if (space(c)) {
                pos++;
            } else if (c == '%') {
                int from = pos;
                while (pos < n && b[pos] != '\r' && b[pos] != '\n') {
                    pos++;
                }
                if (pos - from >= 5 && b[from + 1] == '%' && b[from + 2] == 'E' && b[from + 3] == 'O'
                        && b[from + 4] == 'F') {
                    int eofEnd = endOfLine(pos);
                    // a look-ahead that is taken back reads the same comment twice
                    if (eofEnds.isEmpty() || eofEnds.get(eofEnds.size() - 1) < eofEnd) {
                        eofEnds.add(eofEnd);
                    }
                }
            } else {
                return;
            }
        }
    }

    /** Past one end-of-line (CR, LF or CR LF) at {@code at}, if there is one. */
    int endOfLine(int at) {
        if (at < n && b[at] == '\r') {
            at++;
        }
        if (at < n && b[at] == '\n') {
            at++;
        }
        return at;
    }

    static boolean space(byte c) {
        return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
    }

    static boolean regular(byte c) {
        return !space(c) && "()<>[]{}/%".indexOf(c) < 0;
    }

    static int hex(byte c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
