package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static vn.dldcaccess.aggregation.BatchRecords.pending;

/** What the batch's tasks and reminders show: who is still pending, what PC06 decided, whether all is decided. */
@Service
@Transactional(readOnly = true)
class BatchTaskView {
    private final RevocationRequestRepository revocations;
    private final OrganizationDirectory organization;
    private final AggregationMessages messages;
    private final BatchRecords records;

    BatchTaskView(RevocationRequestRepository revocations, OrganizationDirectory organization,
                  AggregationMessages messages, BatchRecords records) {
        this.revocations = revocations;
        this.organization = organization;
        this.messages = messages;
        this.records = records;
    }

    boolean allDecided(long batchId) {
        return pending(records.itemsOf(batchId).values()) == 0
                && BatchContents.revocations(revocations, batchId).stream().allMatch(RevocationRequest::confirmed);
    }

    List<Map<String, String>> pendingRevocationOptions(long batchId) {
        return BatchContents.revocations(revocations, batchId).stream().filter(r -> !r.confirmed())
                .map(r -> Map.of("value", String.valueOf(r.id()), "label", r.personName() + " - " + r.accountUsername()))
                .toList();
    }

    List<Map<String, String>> pendingOptions(long batchId) {
        return records.itemsOf(batchId).values().stream().filter(i -> i.decision() == Decision.PENDING)
                .map(i -> Map.of("value", i.requestNumber(), "label", i.requestNumber() + " - " + i.fullName()
                        + " - " + i.citizenId())).toList();
    }

    String decisionsText(long batchId) {
        Collection<BatchItem> all = records.itemsOf(batchId).values();
        List<Map<String, Object>> decided = all.stream().filter(i -> i.decision() != Decision.PENDING).map(i -> {
            Map<String, Object> m = new java.util.HashMap<>();
            m.put("nguoi", i.requestNumber() + " - " + i.fullName());
            m.put("quyetDinh", i.decision().label());
            m.put("lyDo", i.reason());
            return m;
        }).toList();
        List<RevocationRequest> revs = BatchContents.revocations(revocations, batchId);
        return messages.render(AggregationMessages.DECISIONS, Map.of("daCo", all.size() - pending(all),
                "tong", all.size(), "ketQua", decided, "thuHoi", revs.size(),
                "daXacNhan", revs.stream().filter(RevocationRequest::confirmed).count()));
    }

    String batchLabel(long batchId) {
        return records.batch(batchId).label();
    }

    List<PersonInfo> aggregatorStaff() {
        return organization.peopleWithRole(Role.AGGREGATOR, null, null);
    }
}
