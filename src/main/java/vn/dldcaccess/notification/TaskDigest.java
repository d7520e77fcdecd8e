package vn.dldcaccess.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.TextTemplate;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Group tasks are told once a day: each new task offered to a group is noted for every member, and the daily
 * digest sends each person one message listing them.
 */
@Component
class TaskDigest implements TextTemplate.Catalog {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DigestEntryRepository entries;
    private final OrganizationDirectory organization;
    private final Notifier notifier;
    private final TimerDates workingDays;
    private final Clock clock;

    private final DocumentTexts texts;

    /** The digest's wording: documents/thu/cong-viec-moi.ftl. */
    static final MessageTemplate DIGEST = MessageTemplate.of("cong-viec-moi", Map.of("nguoi", "Nguyễn Thị Hường",
            "congViec", List.of(Map.of("ten", "Xác nhận đăng ký", "so", "SLĐTBXH-2026-000123", "quyTrinh",
                    "Đăng ký tài khoản", "luc", "01/12/2026 08:00"), Map.of("ten", "Đóng tài khoản", "luc",
                    "01/12/2026 09:00"))));

    @Override
    public List<MessageTemplate> templates() {
        return List.of(DIGEST);
    }

    TaskDigest(DigestEntryRepository entries, OrganizationDirectory organization, Notifier notifier,
               TimerDates workingDays, DocumentTexts texts, Clock clock) {
        this.texts = texts;
        this.entries = entries;
        this.organization = organization;
        this.notifier = notifier;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Spring eventing bridge of the engine: runs inside the engine's transaction. */
    @EventListener(condition = "#task.eventName == 'create'")
    public void onTaskCreated(DelegateTask task) {
        Set<String> people = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                organization.membersOf(link.getGroupId()).forEach(p -> people.add(p.username()));
            } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                // named candidates (a head's own request goes to the unit's other heads: issue 23)
                people.add(link.getUserId());
            }
        }
        String processName = task.getExecution() == null ? null
                : task.getExecution().getBpmnModelElementInstance() == null ? null
                : task.getExecution().getBpmnModelElementInstance().getParentElement() instanceof
                        org.camunda.bpm.model.bpmn.instance.Process p ? p.getName() : null;
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        for (String username : people) {
            entries.save(new DigestEntry(username, task.getName(), processName, businessKey, clock.instant()));
        }
    }

    /** One message per person with every group task offered since the last digest; skipped on holidays. */
    @Transactional
    public int sendDigests() {
        if (!workingDays.isWorkingDayToday()) {
            return 0;
        }
        List<DigestEntry> pending = entries.findByDigestedAtIsNullOrderByRecipientUsernameAscIdAsc();
        Map<String, List<DigestEntry>> byPerson = pending.stream()
                .collect(Collectors.groupingBy(DigestEntry::recipientUsername, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (Map.Entry<String, List<DigestEntry>> e : byPerson.entrySet()) {
            PersonInfo person = organization.person(e.getKey()).orElse(null);
            if (person != null) {
                DocumentTexts.Message m = texts.message(DIGEST, Map.of("nguoi", person.fullName(),
                        "congViec", e.getValue().stream().map(d -> {
                            Map<String, Object> v = new java.util.HashMap<>();
                            v.put("ten", d.taskName());
                            v.put("so", d.businessKey());
                            v.put("quyTrinh", d.processName());
                            v.put("luc", HM.format(d.createdAt()));
                            return v;
                        }).toList()));
                notifier.notify(List.of(person), m.subject(), m.body(), "DIGEST-" + e.getKey());
                sent++;
            }
            e.getValue().forEach(d -> d.digested(clock.instant()));
        }
        return sent;
    }
}
