package vn.dldcaccess.document;

import vn.dldcaccess.organization.PersonInfo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * In which capacity a person signs (Decree 30/2020, Điều 13): the head of the agency under the agency's title; a
 * deputy head "KT." (ký thay) the head; the head of a unit of the agency (Chánh Văn phòng, Trưởng phòng, and their
 * deputies) "TL." (thừa lệnh) the head, by the head's delegation. Only a signature in one of these capacities is
 * the agency's, and only such a signature may carry the agency's seal; anyone else signs in their own name.
 */
public final class SignatureCapacity {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Titles of a unit's head (and, with "Phó ", its deputy): who may sign "thừa lệnh". */
    private static final String[] UNIT_HEADS = {"chánh ", "trưởng ", "giám đốc "};

    private SignatureCapacity() {
    }

    /**
     * The lines above the signature when {@code position} signs in the agency's name: "GIÁM ĐỐC",
     * "KT. GIÁM ĐỐC\nPhó Giám đốc", "TL. GIÁM ĐỐC\nChánh Văn phòng"; empty when that position may not.
     */
    public static Optional<String> forAgency(String headTitle, String position) {
        if (position == null || position.isBlank() || same(position, headTitle)) {
            return Optional.of(headTitle);
        }
        String p = position.strip();
        if (same(p, "Phó " + headTitle)) {
            return Optional.of("KT. " + headTitle + "\n" + p);
        }
        return headsAUnit(p) ? Optional.of("TL. " + headTitle + "\n" + p) : Optional.empty();
    }

    /** Whether this position may sign in the agency's name (and so under its seal). */
    public static boolean mayActForAgency(String headTitle, String position) {
        return forAgency(headTitle, position).isPresent();
    }

    /**
     * Who signs a document the agency seals: {@code preferred} (who acted) when that person may sign in the agency's
     * name, else the first of {@code others} (the agency office, its head first in the organization file) who may,
     * else {@code preferred} after all (the document then names the signer in their own capacity).
     */
    public static PersonInfo signer(String headTitle, PersonInfo preferred, List<PersonInfo> others) {
        if (preferred != null && mayActForAgency(headTitle, preferred.position())) {
            return preferred;
        }
        return others.stream().filter(p -> mayActForAgency(headTitle, p.position())).findFirst().orElse(preferred);
    }

    /** A signature in one's own name: the position, or {@code fallback} when none is known. */
    public static String own(String position, String fallback) {
        return position == null || position.isBlank() ? fallback : position.strip();
    }

    private static boolean headsAUnit(String position) {
        String p = position.toLowerCase(VI);
        if (p.startsWith("phó ")) {
            p = p.substring(4);
        }
        for (String head : UNIT_HEADS) {
            // "Giám đốc Trung tâm …" heads a unit; the bare "Giám đốc" is the agency's head, handled above
            if (p.startsWith(head) && p.length() > head.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
