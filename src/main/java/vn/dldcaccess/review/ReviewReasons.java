package vn.dldcaccess.review;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The unit head's reasons for closing, one per marked account, from the one text field of the review form. */
final class ReviewReasons {
    private ReviewReasons() {
    }

    /**
     * Reasons per marked account: a line "tên tài khoản: lý do" for that account, any other line is the reason
     * for every marked account without a line of its own.
     */
    static Map<String, String> perAccount(List<String> markedUsernames, String text) {
        Map<String, String> own = new LinkedHashMap<>();
        StringBuilder common = new StringBuilder();
        if (text != null) {
            for (String line : Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R")) {
                String l = line.strip();
                int colon = l.indexOf(':');
                String key = colon > 0 ? l.substring(0, colon).strip() : null;
                if (key != null && markedUsernames.contains(key)) {
                    // "tài khoản:" with nothing after it gives that account no reason of its own
                    if (!l.substring(colon + 1).isBlank()) {
                        own.put(key, l.substring(colon + 1).strip());
                    }
                } else if (!l.isEmpty()) {
                    common.append(common.length() == 0 ? "" : " ").append(l);
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String u : markedUsernames) {
            String r = own.getOrDefault(u, common.length() == 0 ? null : common.toString());
            if (r != null) {
                out.put(u, r);
            }
        }
        return out;
    }
}
