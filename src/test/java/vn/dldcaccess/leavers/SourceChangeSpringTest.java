package vn.dldcaccess.leavers;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, a changed organization file through to the closing: people of the test's own (added to the demo file,
 * so that no demo person of the shared context changes) join, leave, are found gone by mistake, and move.
 */
class SourceChangeSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    SourceCheck check;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    AccountRegister accounts;
    @Autowired
    Notifier notifier;
    @Autowired
    org.springframework.context.ApplicationContext context;
    ChainClient client;
    /** The test's own agency (no other test counts its closings), its office and its unit heads. */
    TestAgencySource agency;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
        agency = TestAgencySource.of(context);
    }

    static String person(String username, String name, String unit, String left) {
        return TestAgencySource.person(username, name, unit, left);
    }

    /** The demo organization again, without the test's agency: the context's other tests find it as they expect. */
    @org.junit.jupiter.api.AfterAll
    static void removeTheTestAgency(@Autowired org.springframework.context.ApplicationContext context) {
        TestAgencySource.of(context).remove();
    }

    FileSystemResource file(String... people) throws Exception {
        return agency.file(people);
    }

    long record(String system, String holder, String username) throws Exception {
        String key = client.start("nv.vp", "Process_AccountRecording", Map.of("accountSystem", system,
                "holderUsername", holder, "accountUsername", username, "grantedOn", TODAY.minusDays(100).toString()));
        return Long.parseLong(key.substring("TK-".length()));
    }

    /** Runs the start of the process the check started (Task_OpenSourceClosing is asynchronous). */
    String open(String changeKey) {
        Job job = management.createJobQuery().processInstanceId(instance(changeKey)).singleResult();
        management.executeJob(job.getId());
        return (String) runtime.getVariable(instance(changeKey), "closingKey");
    }

    String instance(String businessKey) {
        var i = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
        return i == null ? null : i.getId();
    }

    Map<String, Object> revocation(String closingKey) {
        return jdbc.queryForMap("select * from rev_revocation where id = ?",
                Long.parseLong(closingKey.substring("TH-".length())));
    }

    @Test
    void aPersonMarkedLeftIsClosedFromThatDayTheOfficeCorrectsItOnceDetectedTwice() throws Exception {
        // a new person: nothing opened, in the pickers
        SourceCheck.Checked joined = check.check(file(person("nv.nghi1", "Phan Văn Nghỉ", "NV22_A", null)), false);
        assertThat(joined.outcome()).isEqualTo(SourceCheck.Outcome.TAKEN_IN);
        assertThat(joined.changes()).extracting(SourceDiff.Change::kind).containsExactly(SourceChangeKind.JOINER);
        assertThat(joined.started()).isEmpty();
        assertThat(organization.people("NV22")).anySatisfy(p -> assertThat(p.username()).isEqualTo("nv.nghi1"));
        long account = record("IOFFICE", "nv.nghi1", "nghipv.io");

        // the file says she left two days ago
        LocalDate left = TODAY.minusDays(2);
        FileSystemResource v2 = file(person("nv.nghi1", "Phan Văn Nghỉ", "NV22_A", left.toString()));
        SourceCheck.Checked found = check.check(v2, false);
        assertThat(found.outcome()).isEqualTo(SourceCheck.Outcome.TAKEN_IN);
        assertThat(found.started()).hasSize(1);
        String change = found.started().get(0);
        // the same file again costs nothing; a second node that had not seen it taken in starts nothing more
        assertThat(check.check(v2, false).outcome()).isEqualTo(SourceCheck.Outcome.UNCHANGED);
        jdbc.update("update org_person set left_on = null where username = 'nv.nghi1'");
        assertThat(check.check(v2, true).started()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from lvr_source_event where person_username = 'nv.nghi1'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select left_on from org_person where username = 'nv.nghi1'",
                LocalDate.class)).isEqualTo(left);

        // the closing, reported by the application, with her day as the handover
        String closing = open(change);
        assertThat(closing).startsWith("TH-");
        Map<String, Object> r = revocation(closing);
        assertThat(r.get("reported_by")).isEqualTo("system");
        assertThat(r.get("reason")).isEqualTo("RESIGNATION");
        assertThat(((java.sql.Date) r.get("handover_date")).toLocalDate()).isEqualTo(left);
        LocalDate deadline = ((java.sql.Date) r.get("deadline")).toLocalDate();
        assertThat(notifier.messagesAbout(closing)).anySatisfy(m ->
                assertThat(m.subject()).isEqualTo("Đóng tài khoản: Phan Văn Nghỉ nghỉ việc"));
        String close = client.task("nv.vp", closing, "Task_CloseAccount");
        assertThat(close).isNotNull();
        var dueBefore = tasks.createTaskQuery().taskId(close).singleResult().getDueDate();

        // the agency office's own task; another agency's office does not see it
        assertThat(client.task("stp.vp", change, "Task_CheckSourceLeaver")).isNull();
        String checkTask = client.task("nv.vp", change, "Task_CheckSourceLeaver");
        assertThat(checkTask).isNotNull();
        var future = client.complete("nv.vp", checkTask, Map.of("officeDecision", "CORRECT_DATE",
                "handoverDate", TODAY.plusDays(1).toString()));
        assertThat(future.getStatusCode().value()).isEqualTo(400);
        assertThat(future.getBody()).contains("không được sau ngày hôm nay");
        client.ok(client.complete("nv.vp", checkTask, Map.of("officeDecision", "CORRECT_DATE",
                "handoverDate", left.minusDays(1).toString())));
        r = revocation(closing);
        assertThat(((java.sql.Date) r.get("handover_date")).toLocalDate()).isEqualTo(left.minusDays(1));
        LocalDate corrected = ((java.sql.Date) r.get("deadline")).toLocalDate();
        assertThat(corrected).isBefore(deadline);
        assertThat(tasks.createTaskQuery().taskId(close).singleResult().getDueDate()).isEqualTo(
                new java.util.Date(dueBefore.getTime() - ChronoUnit.DAYS.between(corrected, deadline) * 86_400_000L));

        // her account is closed: the closing ends, and with it the change
        client.ok(client.complete("nv.vp", close, Map.of("closedOn", TODAY.toString())));
        assertThat(accounts.account(account).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(revocation(closing).get("status")).isEqualTo("DONE");
        assertThat(instance(change)).isNull();
    }

    @Test
    void aPersonFoundGoneByMistakeIsCancelledByTheOfficeNothingClosedAndSheIsBack() throws Exception {
        FileSystemResource with = file(person("nv.nham", "Lâm Thị Nhầm", "NV22_A", null));
        assertThat(check.check(with, false).outcome()).isEqualTo(SourceCheck.Outcome.TAKEN_IN);
        long account = record("OFFICIAL_EMAIL", "nv.nham", "nhamlt@angiang.gov.vn");

        // a file without her: she is gone today
        SourceCheck.Checked gone = check.check(agency.fileWithout(List.of("nv.nham")), false);
        assertThat(gone.changes()).extracting(SourceDiff.Change::kind, SourceDiff.Change::username,
                SourceDiff.Change::on).containsExactly(org.assertj.core.groups.Tuple.tuple(SourceChangeKind.LEAVER,
                "nv.nham", TODAY));
        String change = gone.started().get(0);
        String closing = open(change);
        assertThat(((java.sql.Date) revocation(closing).get("handover_date")).toLocalDate()).isEqualTo(TODAY);

        String checkTask = client.task("nv.vp", change, "Task_CheckSourceLeaver");
        client.ok(client.complete("nv.vp", checkTask, Map.of("officeDecision", "CANCEL")));
        assertThat(revocation(closing).get("status")).isEqualTo("CANCELLED");
        assertThat(instance(closing)).isNull();
        assertThat(instance(change)).isNull();
        assertThat(accounts.account(account).status()).isNotEqualTo(AccountStatus.CLOSED);
        assertThat(jdbc.queryForObject("select left_on from org_person where username = 'nv.nham'",
                LocalDate.class)).isNull();
        assertThat(jdbc.queryForObject("select status from lvr_source_event where person_username = 'nv.nham'",
                String.class)).isEqualTo("CANCELLED");
    }

    @Test
    void aMoverToAnotherUnitKeepsWhatTheNewUnitHeadSaysTheRestCloses() throws Exception {
        assertThat(check.check(file(person("nv.chuyen", "Tạ Văn Chuyển", "NV22_A", null)), false).outcome())
                .isEqualTo(SourceCheck.Outcome.TAKEN_IN);
        record("IOFFICE", "nv.chuyen", "chuyentv.io");
        record("OFFICIAL_EMAIL", "nv.chuyen", "chuyentv@angiang.gov.vn");

        SourceCheck.Checked moved = check.check(file(person("nv.chuyen", "Tạ Văn Chuyển", "NV22_B", null)), false);
        assertThat(moved.changes()).extracting(SourceDiff.Change::kind).containsExactly(SourceChangeKind.MOVER_UNIT);
        String change = moved.started().get(0);
        assertThat(organization.person("nv.chuyen").orElseThrow().unitCode()).isEqualTo("NV22_B");

        // the new unit's head decides, not the old one's
        assertThat(client.task("nv.tpa", change, "Task_DecideKeptAccounts")).isNull();
        String decide = client.task("nv.tpb", change, "Task_DecideKeptAccounts");
        assertThat(client.variable("nv.tpb", decide, "changeSummary").asText()).contains("Phòng Thử nghiệm B")
                .contains("iOffice");
        client.ok(client.complete("nv.tpb", decide, Map.of("keepSystems", client.jsonList(List.of("OFFICIAL_EMAIL")))));
        String closing = open(change);
        Map<String, Object> r = revocation(closing);
        assertThat(r.get("reason")).isEqualTo("POSITION_CHANGE");
        assertThat(r.get("unit_code")).isEqualTo("NV22_A");
        assertThat(r.get("new_position")).isEqualTo("Phòng Thử nghiệm B");
        assertThat(jdbc.queryForList("select account_username u, kept k from rev_item where revocation_id = ? order by position_no",
                r.get("id"))).extracting(m -> m.get("u") + "=" + m.get("k"))
                .containsExactly("chuyentv.io=false", "chuyentv@angiang.gov.vn=true");
        assertThat(client.task("nv.vp", change, "Task_CheckSourceLeaver")).isNotNull();
    }

    @Test
    void aFileRemovingTooManyAtOnceWaitsForTheAdministratorThenEachLeaverIsTakenIn() throws Exception {
        List<String> many = List.of("nv.h1", "nv.h2", "nv.h3");
        assertThat(check.check(file(many.stream().map(u -> person(u, "Người " + u, "NV22_A", null))
                .toArray(String[]::new)), false).outcome()).isEqualTo(SourceCheck.Outcome.TAKEN_IN);

        FileSystemResource without = agency.fileWithout(many);
        FileSystemResource again = agency.fileWithout(many);
        SourceCheck.Checked held = check.check(without, false);
        assertThat(held.outcome()).isEqualTo(SourceCheck.Outcome.HELD);
        assertThat(held.reason()).contains("would remove 3 of");
        assertThat(held.started()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from org_person where username in ('nv.h1', 'nv.h2', 'nv.h3') "
                + "and left_on is null", Integer.class)).isEqualTo(3);
        // the same version seen again (another node, another check): still one confirmation asked
        assertThat(check.check(again, false).started()).isEmpty();
        assertThat(rest.withBasicAuth("demo", "demo").getForObject("/actuator/health", String.class)).isNotNull();

        String task = client.task("demo", held.started().get(0), "Task_ConfirmSourceChange");
        assertThat(client.task("nv.vp", held.started().get(0), "Task_ConfirmSourceChange")).isNull();
        assertThat(client.variable("demo", task, "changeSummary").asText()).contains("3 trên");
        client.ok(client.complete("demo", task, Map.of("changeDecision", "CONFIRM")));
        assertThat(jdbc.queryForObject("select count(*) from org_person where username in ('nv.h1', 'nv.h2', 'nv.h3') "
                + "and left_on = ?", Integer.class, TODAY)).isEqualTo(3);
        List<String> changes = jdbc.queryForList("select id from lvr_source_event where kind = 'LEAVER' and "
                + "person_username in ('nv.h1', 'nv.h2', 'nv.h3')", Long.class).stream()
                .map(SourceChangeProcess::businessKey).toList();
        assertThat(changes).hasSize(3);
        // none of them has an account: nothing to close
        for (String c : changes) {
            management.executeJob(management.createJobQuery().processInstanceId(instance(c)).singleResult().getId());
            assertThat(instance(c)).isNull();
            assertThat(jdbc.queryForObject("select status from lvr_source_event where id = ?", String.class,
                    SourceChangeProcess.BUSINESS_KEY.id(c))).isEqualTo("NOTHING_TO_CLOSE");
        }
    }
}
