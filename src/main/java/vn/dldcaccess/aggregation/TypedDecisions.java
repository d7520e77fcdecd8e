package vn.dldcaccess.aggregation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions task's input: ticked "approved" and "rejected" persons, and reasons, one line per person
 * ("SLĐTBXH-2026-000004: lý do"); a line without a request number is the reason for every other rejection.
 */
final class TypedDecisions {
    private TypedDecisions() {
    }

    static List<DecisionInput> parse(List<String> approved, List<String> rejected, String reasonsText) {
        Map<String, String> reasons = new LinkedHashMap<>();
        String common = null;
        if (reasonsText != null) {
            for (String line : reasonsText.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                int colon = l.indexOf(':');
                String key = colon > 0 ? l.substring(0, colon).strip() : null;
                if (key != null && rejected.contains(key)) {
                    reasons.put(key, l.substring(colon + 1).strip());
                } else {
                    common = common == null ? l : common + " " + l;
                }
            }
        }
        List<DecisionInput> out = new ArrayList<>();
        approved.forEach(n -> out.add(new DecisionInput(0, n, null, Decision.APPROVED, null)));
        for (String n : rejected) {
            out.add(new DecisionInput(0, n, null, Decision.REJECTED, reasons.getOrDefault(n, common)));
        }
        return out;
    }
}
