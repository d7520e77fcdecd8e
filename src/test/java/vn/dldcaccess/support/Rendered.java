package vn.dldcaccess.support;

/** What a task form's Markdown text shows of a value the application escaped (shared.Markdown.literal). */
public final class Rendered {
    private Rendered() {
    }

    public static String plain(String markdown) {
        return markdown == null ? null : markdown.replaceAll("\\\\(\\p{Punct})", "$1");
    }
}
