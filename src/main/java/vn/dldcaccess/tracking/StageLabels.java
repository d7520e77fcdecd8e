package vn.dldcaccess.tracking;

import vn.dldcaccess.authorization.AuthorizationStatus;
import vn.dldcaccess.registration.RegistrationStatus;
import vn.dldcaccess.review.UnitReviewStage;
import vn.dldcaccess.revocation.RevocationStage;
import vn.dldcaccess.shared.RequestKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every stage a request of each kind can be at, for the register's stage filter. */
final class StageLabels {
    static final List<Map<String, String>> ALL = build();

    private StageLabels() {
    }

    private static List<Map<String, String>> build() {
        List<Map<String, String>> out = new ArrayList<>();
        for (RegistrationStatus s : RegistrationStatus.values()) {
            out.add(stage(RequestKind.REGISTRATION, s.name(), s.label()));
        }
        for (AuthorizationStatus s : AuthorizationStatus.values()) {
            out.add(stage(RequestKind.AUTHORIZATION, s.name(), s.label()));
        }
        for (UnitReviewStage s : UnitReviewStage.values()) {
            out.add(stage(RequestKind.REVIEW, s.name(), s.label()));
        }
        for (RevocationStage s : RevocationStage.values()) {
            out.add(stage(RequestKind.REVOCATION, s.name(), s.label()));
        }
        return List.copyOf(out);
    }

    static String label(RequestKind kind, String code) {
        return ALL.stream().filter(s -> s.get("kind").equals(kind.name()) && s.get("code").equals(code)).findFirst()
                .map(s -> s.get("name")).orElse(code);
    }

    /** Its place in the list (kinds in order, each kind's stages as its process goes); unknown ones last. */
    static int order(RequestKind kind, String code) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).get("kind").equals(kind.name()) && ALL.get(i).get("code").equals(code)) {
                return i;
            }
        }
        return ALL.size();
    }

    private static Map<String, String> stage(RequestKind kind, String code, String label) {
        return Map.of("kind", kind.name(), "code", code, "name", label);
    }
}
