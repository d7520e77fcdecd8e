package vn.dldcaccess.shared;

/**
 * The task forms' text components render Markdown. Only the application's own wording is Markdown: any data put
 * into it (a name, a number, a unit) goes through {@link #literal}, so that it prints as written and never becomes
 * a heading, a link or HTML. What people type is not put into Markdown at all: forms show it in read-only fields.
 */
public final class Markdown {
    private Markdown() {
    }

    /** The text with every character Markdown or HTML could read as syntax escaped (CommonMark backslash escapes). */
    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
                out.append('\\').append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
