package vn.dldcaccess.document;

import vn.dldcaccess.shared.Wording;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one direct PDF object into plain values (Long, {@link PdfPreflight.Name}, {@link PdfPreflight.Ref},
 * List, Map, Boolean, {@link PdfPreflight.Opaque}) for {@link PdfPreflight}: containers on an explicit stack,
 * never recursion, and no deeper than the limit.
 */
final class PdfValueReader {
    private final PdfLexer lex;
    private final int maxDepth;

    PdfValueReader(PdfLexer lex, int maxDepth) {
        this.lex = lex;
        this.maxDepth = maxDepth;
    }

    /**
     * One direct object, its first token already read: containers on an explicit stack (never recursion), no
     * deeper than the limit; "n g R" is a reference.
     */
    Object read(PdfLexer.Kind first) {
        Deque<Object> open = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        PdfLexer.Kind k = first;
        while (true) {
            Object done;
            switch (k) {
                case ARRAY_OPEN, DICT_OPEN -> {
                    if (open.size() >= maxDepth) {
                        throw PdfRefused.tooComplex("nesting deeper than " + maxDepth, Wording.of("document.pdf.limit.nesting"));
                    }
                    open.push(k == PdfLexer.Kind.ARRAY_OPEN ? new ArrayList<>() : new LinkedHashMap<>());
                    keys.push("");
                    k = lex.next();
                    continue;
                }
                case ARRAY_CLOSE, DICT_CLOSE -> {
                    Object top = open.peek();
                    boolean wanted = k == PdfLexer.Kind.ARRAY_CLOSE ? top instanceof List : top instanceof Map;
                    if (!wanted || !keys.peek().isEmpty()) {
                        throw PdfRefused.malformed("unbalanced container at " + lex.start);
                    }
                    keys.pop();
                    done = open.pop();
                }
                case INTEGER -> done = integerOrReference();
                case REAL -> done = PdfPreflight.Opaque.REAL;
                case STRING -> done = PdfPreflight.Opaque.STRING;
                case NAME -> done = new PdfPreflight.Name(lex.name());
                case KEYWORD -> done = switch (lex.text()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> PdfPreflight.Opaque.NULL;
                    default -> throw PdfRefused.malformed("unexpected '" + lex.text() + "' at " + lex.start);
                };
                default -> throw PdfRefused.malformed("object cut short at " + lex.start);
            }
            if (open.isEmpty()) {
                return done;
            }
            add(open.peek(), keys, done);
            k = lex.next();
        }
    }

    @SuppressWarnings("unchecked")
    private void add(Object container, Deque<String> keys, Object v) {
        if (container instanceof List<?> list) {
            ((List<Object>) list).add(v);
        } else if (keys.peek().isEmpty()) {
            if (!(v instanceof PdfPreflight.Name key)) {
                throw PdfRefused.malformed("dictionary key is no name at " + lex.start);
            }
            keys.pop();
            keys.push("/" + key.value());
        } else {
            ((Map<String, Object>) container).put(keys.pop().substring(1), v);
            keys.push("");
        }
    }

    private Object integerOrReference() {
        long first = lex.integer;
        int after = lex.position();
        if (lex.next() == PdfLexer.Kind.INTEGER) {
            long second = lex.integer;
            if (lex.next() == PdfLexer.Kind.KEYWORD && lex.text().equals("R")) {
                return new PdfPreflight.Ref(first, second);
            }
        }
        lex.seek(after);
        return first;
    }
}
