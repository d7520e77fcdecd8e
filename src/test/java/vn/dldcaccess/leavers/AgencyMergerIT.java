package vn.dldcaccess.leavers;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.ComposeTask;
import vn.dldcaccess.support.EngineJobs;
import vn.dldcaccess.support.SampleForms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 part 2, in its own JVM (failsafe execution "directory": a second engine named "default" must not join the
 * suite's): the province runs on today's demo organization with requests in flight at every stage, then the file of
 * An Giang after 1 July 2025 is put in its place (Sở LĐTBXH into Sở Nội vụ, Sở TT&TT into Sở KH&CN), and the check
 * takes it in as the schedule does. People keep their accounts and posts, open work goes on in the new agency, the
 * aggregator's duty moves, number series go on under the new symbols, and what was issued before keeps its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "spring.datasource.url=jdbc:h2:mem:merger;DB_CLOSE_DELAY=-1",
        "dldc.signing.demo-directory=target/merger-it-seals"})
class AgencyMergerIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SourceCheck check;
    @Autowired
    OrganizationDirectory organization;

    ChainClient client;

    void jobs() {
        EngineJobs.runMessages(engine);
    }

    String task(String user, String key, String taskKey) throws Exception {
        return client.task(user, key, taskKey);
    }

    void complete(String user, String taskId, Map<String, Object> variables) {
        client.ok(client.complete(user, taskId, variables));
        jobs();
    }

    String registration(String applicant, String fullName, String citizenId, String unit, String email)
            throws Exception {
        Map<String, Object> form = SampleForms.valid(citizenId, unit, email);
        form.put("fullName", fullName);
        String key = client.start(applicant, "Process_AccountRegistration", form);
        jobs();
        return key;
    }

    String agencyOf(String table, String where, Object... args) {
        return jdbc.queryForObject("select agency_code from " + table + " where " + where, String.class, args);
    }

    /** A version of the file the check reads as the configured one: its own path and time. */
    FileSystemResource file2025(java.util.function.UnaryOperator<String> edit) throws Exception {
        Path file = Files.createTempFile("organization-2025", ".yml");
        Files.writeString(file, edit.apply(new ClassPathResource("organization/demo-organization-2025.yml")
                .getContentAsString(StandardCharsets.UTF_8)));
        return new FileSystemResource(file);
    }

    @Test
    void anGiangAfterTheReorganisationTakesOverTheWorkInFlight() throws Exception {
        client = new ChainClient(rest);
        // --- before: today's organization, work at every stage
        String waiting = registration("ldtb.cv1", "Nguyễn Thị Hường", "079190022001", "SLDTBXH_VL",
                "huongnt@angiang.gov.vn");
        String confirmed = registration("ldtb.cv2", "Trần Văn Đức", "079190022002", "SLDTBXH_NCC",
                "ductv@angiang.gov.vn");
        complete("ldtb.tp2", task("ldtb.tp2", confirmed, "Task_ConfirmByUnitHead"), Map.of("decision", "CONFIRM"));
        String letter = client.start("ldtb.vp", "Process_AgencySubmission", Map.of());
        jobs();
        assertThat(task("ldtb.vp", letter, "Task_PrepareAgencyLetter")).isNotNull();
        // a letter of another agency already at the aggregator, waiting to be put in a batch
        String stp = registration("stp.cv1", "Đặng Minh Khôi", "079190022003", "STP_HCTP", "khoidm@angiang.gov.vn");
        complete("stp.tp1", task("stp.tp1", stp, "Task_ConfirmByUnitHead"), Map.of("decision", "CONFIRM"));
        String stpLetter = client.start("stp.vp", "Process_AgencySubmission", Map.of());
        jobs();
        complete("stp.vp", task("stp.vp", stpLetter, "Task_PrepareAgencyLetter"), Map.of("includedRequestNumbers",
                client.jsonList(List.of(stp)), "letterNumber", "41", "letterDate", TODAY.toString()));
        complete("stp.gd", task("stp.gd", stpLetter, "Task_SignByDirector"), Map.of("directorDecision", "SIGN"));
        String account = client.start("ldtb.vp", "Process_AccountRecording", Map.of("accountSystem", "IOFFICE",
                "holderUsername", "ldtb.cv3", "accountUsername", "yenlh.io", "grantedOn", TODAY.minusDays(30).toString()));
        jobs();
        long accountId = Long.parseLong(account.substring("TK-".length()));
        Long formBefore = jdbc.queryForObject("select form_document_id from reg_registration where request_number = ?",
                Long.class, confirmed);
        assertThat(confirmed).startsWith("SLĐTBXH-");

        // --- the file of An Giang after 1 July 2025, put in place the day before its mergers take effect: not taken
        // in (health says why), and taken in by the schedule's check on the day, the file unchanged
        LocalDate day = TODAY.plusDays(1);
        FileSystemResource v2025 = file2025(f -> f.replace("on: 2025-03-01", "on: " + day));
        SourceCheck.Checked early = check.check(v2025, false);
        assertThat(early.outcome()).isEqualTo(SourceCheck.Outcome.UNREADABLE);
        assertThat(early.reason()).contains("takes effect on " + day);
        assertThat(organization.person("ldtb.cv1").orElseThrow().agencyCode()).isEqualTo("SLDTBXH");
        assertThat(check.check(v2025, false).outcome()).isEqualTo(SourceCheck.Outcome.UNCHANGED);
        SourceCheck.Checked taken;
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(8, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        try {
            taken = check.check(v2025, false);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        assertThat(taken.outcome()).isEqualTo(SourceCheck.Outcome.TAKEN_IN);
        // nobody of the merged agencies is a mover or a leaver: no closing starts
        assertThat(taken.changes()).extracting(SourceDiff.Change::kind).containsOnly(SourceChangeKind.JOINER);
        assertThat(taken.started()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from rev_revocation", Integer.class)).isZero();

        // the organization: the merged agencies are gone from the pickers, their names kept for what they issued
        assertThat(organization.allAgencies()).extracting(AgencyInfo::code).containsExactly("PC06", "SKHCN", "SNV", "STP");
        assertThat(organization.aggregator().code()).isEqualTo("SKHCN");
        assertThat(organization.mergedInto("SLDTBXH")).contains("SNV");
        assertThat(organization.agency("SLDTBXH").orElseThrow().name()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(organization.person("ldtb.cv1").orElseThrow().agencyCode()).isEqualTo("SNV");
        assertThat(organization.person("ldtb.cv1").orElseThrow().unitCode()).isEqualTo("SLDTBXH_VL");
        IdentityService identity = engine.getIdentityService();
        assertThat(identity.createUserQuery().memberOfGroup("office-SLDTBXH").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup("office-SNV").list()).extracting(u -> u.getId())
                .containsExactlyInAnyOrder("ldtb.vp", "snv.vp");

        // the request waiting for its unit head goes on in Sở Nội vụ, its history says why
        assertThat(agencyOf("reg_registration", "request_number = ?", waiting)).isEqualTo("SNV");
        assertThat(jdbc.queryForList("select e.detail from reg_event e join reg_registration r on r.id = e.registration_id "
                        + "where r.request_number = ?", String.class, waiting))
                .anySatisfy(d -> assertThat(d).contains("Sở Lao động - Thương binh và Xã hội").contains("Sở Nội vụ")
                        .contains(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .contains("Nghị định 45/2025/NĐ-CP"));
        complete("ldtb.tp1", task("ldtb.tp1", waiting, "Task_ConfirmByUnitHead"), Map.of("decision", "CONFIRM"));

        // the letter in preparation is Sở Nội vụ's: its new office prepares it under its own symbol, its director signs
        String prepare = task("snv.vp", letter, "Task_PrepareAgencyLetter");
        assertThat(prepare).isNotNull();
        complete("snv.vp", prepare, Map.of("includedRequestNumbers", client.jsonList(List.of(waiting, confirmed)),
                "letterNumber", "7", "letterDate", TODAY.toString()));
        assertThat(task("ldtb.gd", letter, "Task_SignByDirector")).isNotNull();
        complete("snv.gd", task("snv.gd", letter, "Task_SignByDirector"), Map.of("directorDecision", "SIGN"));
        long letterId = Long.parseLong(letter.substring(letter.lastIndexOf('-') + 1));
        assertThat(agencyOf("sub_agency_letter", "id = ?", letterId)).isEqualTo("SNV");
        Long signed = jdbc.queryForObject("select document_id from sub_agency_letter where id = ?", Long.class, letterId);
        String signedText = client.pdfText("stttt.cv", "/api/documents/" + signed);
        assertThat(signedText).contains("07/SNV-VP").containsIgnoringCase("Sở Nội vụ");

        // a new request of the merged staff is numbered in Sở Nội vụ's series, which goes on from the old one
        String after = registration("ldtb.cv3", "Lê Hoàng Yến", "079190022004", "SLDTBXH_VL", "yenlh@angiang.gov.vn");
        assertThat(after).startsWith("SNV-" + TODAY.getYear() + "-000003");
        // what was issued before keeps its agency: the request's number and its form 1658
        assertThat(jdbc.queryForObject("select agency_code from doc_document where id = ?", String.class, formBefore))
                .isEqualTo("SLDTBXH");

        // the account went along, open, with a line in its history
        assertThat(agencyOf("acc_account", "id = ?", accountId)).isEqualTo("SNV");
        assertThat(jdbc.queryForObject("select status from acc_account where id = ?", String.class, accountId))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForList("select detail from acc_account_event where account_id = ?", String.class, accountId))
                .filteredOn(d -> d != null && d.contains("Sở Nội vụ")).hasSize(1);

        // the register: Sở Nội vụ's office sees its requests, and what the merged agency did before
        String register = client.get("snv.vp", "/api/register?size=50");
        assertThat(register).contains(waiting).contains(confirmed).contains(after);
        assertThat(client.get("stp.vp", "/api/register?size=50")).doesNotContain(waiting);

        // the aggregator's duty went to Sở KH&CN: the batch waiting since before is its letter, under its symbol and seal
        long received = jdbc.queryForObject("select id from agg_letter where agency_letter_id = ?", Long.class,
                Long.parseLong(stpLetter.substring(stpLetter.lastIndexOf('-') + 1)));
        ComposeTask compose = ComposeTask.offering(engine, client, received);
        complete("stttt.cv", compose.taskId(), Map.of("chosenLetters", client.jsonList(List.of(String.valueOf(received)))));
        complete("stttt.ld", task("stttt.ld", compose.batchKey(), "Task_SignBatchLetter"), Map.of("leaderDecision", "SIGN"));
        complete("stttt.cv", task("stttt.cv", compose.batchKey(), "Task_SendToPC06"), Map.of("outgoingNumber", "216",
                "sentDate", TODAY.toString(), "channel", "EDOC"));
        String batchUrl = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(compose.batchKey()).singleResult() == null ? null
                : engine.getRuntimeService().getVariable(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(compose.batchKey()).singleResult().getId(), "batchDocumentUrl").toString();
        assertThat(batchUrl).isNotNull();
        client.assertIssued("pc06.cb", batchUrl, true);
        assertThat(client.pdfText("pc06.cb", batchUrl)).contains("216/SKHCN-CĐS").containsIgnoringCase("Sở Khoa học và Công nghệ")
                .contains("41/STP-VP");

        // taken in once: the same file again changes nothing, nor does a confirmation of it
        assertThat(check.check(v2025, false).outcome()).isEqualTo(SourceCheck.Outcome.UNCHANGED);
        check.check(v2025, true);
        assertThat(jdbc.queryForList("select detail from acc_account_event where account_id = ?", String.class, accountId))
                .filteredOn(d -> d != null && d.contains("Sở Nội vụ")).hasSize(1);
    }
}
