package vn.dldcaccess.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, item 1: the unit heads' account review completed in the Tasklist as they do it: one ticks nothing
 * (no reason asked), the other ticks an account, is then asked for the reason, and sends it.
 */
class ReviewTasklistBrowserIT extends BrowserTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.test.web.client.TestRestTemplate rest;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    void record(String holder, String username) {
        var identity = engine.getIdentityService();
        identity.setAuthentication("ldtb.vp", List.of("office-SLDTBXH"));
        try {
            engine.getRuntimeService().startProcessInstanceByKey("Process_AccountRecording", Map.of(
                    "accountSystem", "OFFICIAL_EMAIL", "holderUsername", holder, "accountUsername", username,
                    "grantedOn", TODAY.minusDays(90).toString()));
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void oneUnitHeadKeepsEveryAccountTheOtherMarksOneWithItsReason() {
        record("ldtb.cv1", "br.huongnt@angiang.gov.vn");
        record("ldtb.cv2", "br.ductv@angiang.gov.vn");
        login("ldtb.vp");
        // other browser tests of this context may have a review open too: this one is the review this test starts
        java.util.Set<String> before = reviewKeys();
        startProcess("Đợt rà soát tài khoản");
        submitStartForm();
        java.util.Set<String> after = reviewKeys();
        after.removeAll(before);
        assertThat(after).hasSize(1);
        String key = after.iterator().next();

        // nothing ticked: no reason is asked, and "Hoàn thành" sends the review
        login("ldtb.tp2");
        openTask("Lãnh đạo đơn vị rà soát");
        assertThat(formText()).contains("br.ductv@angiang.gov.vn").contains("Không đánh dấu tài khoản nào");
        assertThat(driver.findElements(By.xpath("//label[starts-with(normalize-space(.), 'Lý do đề nghị đóng')]")))
                .isEmpty();
        shot("review-nothing-ticked");
        completeTask();

        // an account ticked: the reason is asked for, then sent
        login("ldtb.tp1");
        openTask("Lãnh đạo đơn vị rà soát");
        choose("br.huongnt@angiang.gov.vn");
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[starts-with(normalize-space(.), 'Lý do đề nghị đóng')]")));
        type("Lý do đề nghị đóng", "Không còn nhiệm vụ tiếp nhận hồ sơ");
        shot("review-one-ticked");
        completeTask();
        // other browser tests of this context may leave accounts outside the two units (the campaign then has a part
        // for the office): that part is sent as the Tasklist sends "nothing ticked", so the campaign can end
        for (var other : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey("Task_ReviewUnitAccounts").list()) {
            assertThat(vn.dldcaccess.support.TasklistSubmission.submit(rest, other.getAssignee(), other.getId(),
                    "review-unit-accounts", Map.of("closeAccounts", List.of())).getStatusCode().is2xxSuccessful())
                    .as("the office's part of the campaign sent").isTrue();
        }
        runJobs();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .isZero();
        // the marked account goes to be closed, for the reason she gave
        assertThat(jdbc.queryForList("select r.reason from rev_revocation r where r.person_username = 'ldtb.cv1'",
                String.class)).contains("REVIEW");
        assertThat(jdbc.queryForObject("select count(*) from rev_item i join acc_account a on a.id = i.account_id"
                + " where a.account_username = 'br.huongnt@angiang.gov.vn'", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from rev_item i join acc_account a on a.id = i.account_id"
                + " where a.account_username = 'br.ductv@angiang.gov.vn'", Integer.class)).isZero();

        // the office closes it, so nothing of this test stays open for the next
        String revocation = "TH-" + jdbc.queryForObject("select max(id) from rev_revocation where person_username ="
                + " 'ldtb.cv1' and reason = 'REVIEW'", Long.class);
        var identity = engine.getIdentityService();
        identity.setAuthentication("ldtb.vp", List.of("office-SLDTBXH"));
        try {
            engine.getTaskService().complete(taskId(revocation, "Task_CloseAccount"),
                    Map.of("closedOn", TODAY.toString()));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(revocation)
                .count()).isZero();
    }

    private java.util.Set<String> reviewKeys() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("Process_AccountReview")
                .active().list().stream().map(org.camunda.bpm.engine.runtime.ProcessInstance::getBusinessKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
}
