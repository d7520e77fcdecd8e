package vn.dldcaccess.document;

import java.util.ArrayList;
import java.util.List;

/** Where lines break: greedy wrapping for text, balanced breaking for titles (agency names in headers). */
final class LineBreaks {
    private LineBreaks() {
    }

    /** The width of a string in the font and size being laid out. */
    interface Width {
        float of(String text);
    }

    /** Greedy word wrap of showable text; a word wider than the line is cut by characters. */
    static List<String> wrap(String text, Width width, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            float space = width.of(" ");
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float w = width.of(word);
                while (w > maxWidth) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width.of(word.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    // Ids, e-mails and dates read better broken after their separators.
                    int separator = Math.max(word.lastIndexOf('-', cut - 1),
                            Math.max(word.lastIndexOf('@', cut - 1), word.lastIndexOf('.', cut - 1)));
                    if (separator > 0) {
                        cut = word.charAt(separator) == '@' ? separator : separator + 1;
                    }
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    w = width.of(word);
                }
                if (line.length() > 0 && lineWidth + space + w > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (line.length() > 0) {
                    line.append(' ');
                    lineWidth += space;
                }
                line.append(word);
                lineWidth += w;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * A title in as few lines as greedy wrapping needs, with those lines as even as words allow: broken where an
     * agency's name joins its parts when both halves fit, else at the narrowest width that keeps that many lines.
     */
    static List<String> balanced(String text, Width width, float maxWidth) {
        List<String> greedy = wrap(text, width, maxWidth);
        if (greedy.size() < 2 || text.contains("\n")) {
            return greedy;
        }
        if (greedy.size() == 2) {
            // names of agencies break where their parts join ("… THƯƠNG BINH / VÀ XÃ HỘI", "… - / …"), not
            // inside a compound word, when both halves fit
            List<String> joint = jointBreak(text, width, maxWidth);
            if (joint != null) {
                return joint;
            }
        }
        float low = maxWidth / greedy.size();
        float high = maxWidth;
        List<String> best = greedy;
        for (int i = 0; i < 12 && high - low > 0.5f; i++) {
            float mid = (low + high) / 2;
            List<String> tried = wrap(text, width, mid);
            if (tried.size() <= greedy.size() && !cutInsideWord(tried, text)) {
                best = tried;
                high = mid;
            } else {
                low = mid;
            }
        }
        return best;
    }

    private static List<String> jointBreak(String text, Width width, float maxWidth) {
        String t = text.strip().replaceAll(" +", " ");
        List<String> best = null;
        float bestDiff = Float.MAX_VALUE;
        for (String joint : new String[]{" VÀ ", " và ", " - "}) {
            for (int at = t.indexOf(joint); at > 0; at = t.indexOf(joint, at + 1)) {
                int cut = joint.equals(" - ") ? at + 2 : at;
                String first = t.substring(0, cut).strip();
                String second = t.substring(cut).strip();
                float a = width.of(first);
                float b = width.of(second);
                if (a <= maxWidth && b <= maxWidth && Math.abs(a - b) < bestDiff) {
                    bestDiff = Math.abs(a - b);
                    best = List.of(first, second);
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Whether wrapping had to cut a word (the width fell below the longest word). */
    private static boolean cutInsideWord(List<String> lines, String text) {
        return lines.stream().mapToInt(l -> l.split(" ").length).sum() != text.strip().split(" +").length;
    }
}
