package vn.dldcaccess.shared;

import java.text.Normalizer;

/**
 * What a person types, kept as plain text: NFC-normalized, trimmed, runs of spaces folded, within a length the
 * form shows. Control and format characters (NUL, bidi overrides, zero-width marks), unassigned or private
 * code points and accent marks standing alone are refused: they cannot be printed, or print as something else
 * than was read. Markup is not refused; every place that shows the text shows it as typed.
 */
public final class PlainText {
    private PlainText() {
    }

    /** One line of text, or null when blank. @throws IllegalArgumentException with the Vietnamese problem */
    public static String line(Object raw, int maxLength) {
        return clean(raw, maxLength, false);
    }

    /** Text of several lines (line breaks kept as \n, at most two in a row), or null when blank. */
    public static String paragraph(Object raw, int maxLength) {
        return clean(raw, maxLength, true);
    }

    private static String clean(Object raw, int maxLength, boolean multiline) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String s)) {
            throw new IllegalArgumentException(Messages.text("shared.plainText.notText"));
        }
        String text = Normalizer.normalize(s.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        String problem = problem(text, multiline);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        text = multiline ? text.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n")
                : text.replaceAll("[ \\t]+", " ");
        text = text.strip();
        if (text.isEmpty()) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new IllegalArgumentException(Messages.text("shared.plainText.tooLong", maxLength, length));
        }
        return text;
    }

    /** Why the text cannot be kept as typed, or null when it can. */
    static String problem(String text, boolean multiline) {
        int previous = ' ';
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' && !multiline) {
                return Messages.text("shared.plainText.multiline");
            }
            if (c == '\n' || c == '\t') {
                previous = ' ';
                continue;
            }
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                     Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
                    return Messages.text("shared.plainText.control", String.format("%04X", c));
                }
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                    if (Character.isWhitespace(previous)) {
                        return Messages.text("shared.plainText.loneMark");
                    }
                }
                default -> {
                    if ((c & 0xFFFE) == 0xFFFE) {
                        return Messages.text("shared.plainText.unprintable", String.format("%04X", c));
                    }
                }
            }
            previous = c;
        }
        return null;
    }
}
