package vn.dldcaccess.aggregation;

import java.text.Normalizer;
import java.util.Locale;

/** One row of PC06's reply file, as read; {@link #decision()} is null when the text says neither yes nor no. */
record ReplyRow(int row, String requestNumber, String citizenId, String decisionText, String reason) {

    Decision decision() {
        String t = plain(decisionText);
        if (t.isEmpty()) {
            return null;
        }
        if (t.startsWith("khong") || t.startsWith("tu choi") || t.equals("rejected") || t.equals("reject")
                || t.equals("0") || t.equals("n")) {
            return Decision.REJECTED;
        }
        if (t.startsWith("dong y") || t.startsWith("duyet") || t.startsWith("chap thuan") || t.equals("approved")
                || t.equals("approve") || t.equals("1") || t.equals("x") || t.equals("y")) {
            return Decision.APPROVED;
        }
        return null;
    }

    /** PC06's word that it revoked the account ("Đã thu hồi", "thu hồi", "revoked"); "chưa / không thu hồi" is not. */
    boolean revoked() {
        String t = plain(decisionText);
        return t.equals("da thu hoi") || t.equals("thu hoi") || t.equals("revoked") || t.startsWith("da thu hoi ");
    }

    /** Lower case, without diacritics ("Không đồng ý" → "khong dong y"). */
    static String plain(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
