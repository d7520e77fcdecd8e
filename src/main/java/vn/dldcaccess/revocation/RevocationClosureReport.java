package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.shared.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** For the agency office: closures done within the deadline, late, and still pending, per unit. */
@Component
@Transactional(readOnly = true)
class RevocationClosureReport {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RevocationRepository revocations;
    private final OrganizationDirectory organization;
    private final Clock clock;

    RevocationClosureReport(RevocationRepository revocations, OrganizationDirectory organization, Clock clock) {
        this.revocations = revocations;
        this.organization = organization;
        this.clock = clock;
    }

    record UnitClosures(String unitCode, String unitName, int onTime, int late, int pending, int overdue) {
    }

    List<UnitClosures> closureReport(String agencyCode) {
        Map<String, int[]> byUnit = new java.util.TreeMap<>();
        LocalDate today = LocalDate.now(clock.withZone(VN));
        for (Revocation r : revocations.findByAgencyCodeOrderByIdAsc(agencyCode)) {
            int[] c = byUnit.computeIfAbsent(r.unitCode() == null ? "" : r.unitCode(), k -> new int[4]);
            for (RevocationItem i : r.items()) {
                if (i.kept()) {
                    continue;
                }
                if (i.closedOn() == null) {
                    c[2]++;
                    if (today.isAfter(r.deadline())) {
                        c[3]++;
                    }
                } else if (i.closedOn().isAfter(r.deadline())) {
                    c[1]++;
                } else {
                    c[0]++;
                }
            }
        }
        return byUnit.entrySet().stream().map(e -> new UnitClosures(e.getKey(), organization.unit(e.getKey())
                .map(vn.dldcaccess.organization.UnitInfo::name).orElse(Messages.text("tracking.dashboard.noUnit")), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }
}
