package vn.dldcaccess.review;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.TasklistSubmission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, item 1: the unit head's review submitted exactly as the Tasklist's form-js sends it: nothing ticked
 * (an empty list, or the field absent, or null) is "keep every account"; a ticked list closes those accounts and
 * then, and only then, needs a reason.
 */
class ReviewAsTasklistSendsSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    AccountRegister accounts;
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    long record(String holder, String username) throws Exception {
        String key = client.start("ldtb.vp", "Process_AccountRecording", Map.of("accountSystem", "OFFICIAL_EMAIL",
                "holderUsername", holder, "accountUsername", username, "grantedOn", TODAY.minusDays(100).toString()));
        return Long.parseLong(key.substring("TK-".length()));
    }

    int reviewRevocations() {
        return jdbc.queryForObject("select count(*) from rev_revocation where person_username = 'ldtb.cv3'"
                + " and reason = 'REVIEW'", Integer.class);
    }

    ResponseEntity<String> send(String user, String task, Map<String, Object> data) {
        return TasklistSubmission.submit(rest, user, task, "review-unit-accounts", data);
    }

    @Test
    void nothingTickedKeepsEveryAccountAndATickedOneIsClosedWithItsReasonAsTheTasklistSendsThem() throws Exception {
        long closed = record("ldtb.cv3", "tl.close@angiang.gov.vn");
        long kept = record("ldtb.cv2", "tl.keep@angiang.gov.vn");
        int revocations = reviewRevocations();
        String key = client.start("ldtb.vp", "Process_AccountReview", Map.of());

        // the Tasklist reads the task's variables and types the list as the process keeps it: a Json list
        String vl = client.task("ldtb.tp1", key, "Task_ReviewUnitAccounts");
        String nc = client.task("ldtb.tp2", key, "Task_ReviewUnitAccounts");
        assertThat(TasklistSubmission.variables(rest, "ldtb.tp1", vl, "review-unit-accounts",
                Map.of("closeAccounts", List.of())).get("closeAccounts").toString()).contains("type=Json");

        // a ticked account without a reason is refused with what to do, and nothing is lost
        ResponseEntity<String> noReason = send("ldtb.tp1", vl, Map.of("closeAccounts", List.of(String.valueOf(closed))));
        assertThat(noReason.getStatusCode().value()).as(noReason.getBody()).isEqualTo(400);
        assertThat(noReason.getBody()).contains("ghi rõ lý do đề nghị đóng").doesNotContain("phải là một danh sách");
        client.ok(send("ldtb.tp1", vl, Map.of("closeAccounts", List.of(String.valueOf(closed)),
                "closeReason", "Không còn nhiệm vụ")));
        assertThat(reviewRevocations()).isEqualTo(revocations + 1);

        // nothing ticked: form-js sends the empty list (its checklist's empty value) and no reason (hidden)
        Map<String, Object> none = new HashMap<>();
        none.put("closeAccounts", List.of());
        client.ok(send("ldtb.tp2", nc, none));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(accounts.account(kept).status()).isEqualTo(AccountStatus.ACTIVE);

        // a portal's Null, or no list at all, is none too (one campaign at a time: the next one)
        key = client.start("ldtb.vp", "Process_AccountReview", Map.of());
        client.ok(client.complete("ldtb.tp1", client.task("ldtb.tp1", key, "Task_ReviewUnitAccounts"),
                Map.of("closeAccounts", java.util.Collections.singletonMap("type", "Null"))));
        Map<String, Object> absent = new HashMap<>();
        absent.put("closeReason", java.util.Collections.singletonMap("value", null));
        client.ok(client.complete("ldtb.tp2", client.task("ldtb.tp2", key, "Task_ReviewUnitAccounts"), absent));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }
}
