package vn.dldcaccess.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.NewAccount;
import vn.dldcaccess.leavers.TestAgencySource;
import vn.dldcaccess.support.ChainClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dldcaccess.browser.OutcomeSetups.TODAY;
import static vn.dldcaccess.leavers.TestAgencySource.person;
import static vn.dldcaccess.support.DemoPeople.actor;

/**
 * Every task and start form in every outcome (the table {@code browser/form-outcomes.md}, checked by
 * {@link FormOutcomesTest}): opened in the Tasklist as the person it is for, filled by typing and clicking, sent with
 * "Bắt đầu" or "Hoàn thành", and the process seen to move on. The way to each form's starting state, where it is
 * not what is tested, goes through the engine's REST ({@link OutcomeSetups}); one outcome leads into the next form
 * where the process does so.
 */
class FormOutcomesBrowserIT extends BrowserTest {
    static String loggedIn;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    ApplicationContext context;
    OutcomeSetups setups;
    TestAgencySource agency;

    @BeforeAll
    static void nobodyLoggedIn() {
        loggedIn = null;
    }

    @BeforeEach
    void setUp() {
        setups = new OutcomeSetups(new ChainClient(rest), engine);
        agency = TestAgencySource.of(context);
    }

    // ---- the applicant and her unit head ----

    @Test
    void registrationReturnedCorrectedThenConfirmed() throws Exception {
        as("ldtb.cv1");
        startProcess("Đăng ký tài khoản DLDC");
        type("1. Họ và tên", "Nguyễn Thị Hường");
        date("2. Ngày sinh", LocalDate.of(1990, 3, 12));
        click("//label[normalize-space(.)='Nữ']");
        type("4. Số định danh", "089190002101");
        type("5. Chức vụ", "Chuyên viên");
        select("6–7. Đơn vị", "Phòng Việc làm - An toàn lao động");
        type("8. Nhiệm vụ", "Tiếp nhận hồ sơ");
        type("9. Số điện thoại", "0912345679");
        type("10. Thư điện tử", "huongnt@angiang.gov.vn");
        click("//label[normalize-space(.)='Tra cứu và xác thực']");
        type("Mục đích", "Xác thực thông tin công dân khi tiếp nhận hồ sơ");
        for (int i = 1; i <= 6; i++) {
            click("//label[starts-with(normalize-space(.), '13." + i + ".')]");
        }
        String key = start("account-registration", "SUBMITTED");
        String confirm = openNext("ldtb.tp1", key, "Task_ConfirmByUnitHead", "the unit head's task");
        shows("Nguyễn Thị Hường");
        choose("Trả lại để bổ sung");
        type("Nội dung cần bổ sung", "Ghi rõ nhiệm vụ được giao");
        send("confirm-by-unit-head", "RETURN");
        String correct = openNext("ldtb.cv1", key, "Task_CorrectRegistration", "the applicant's correction task");
        shows("Ghi rõ nhiệm vụ được giao");
        type("8. Nhiệm vụ", "Tiếp nhận hồ sơ thủ tục hành chính lĩnh vực việc làm");
        send("account-registration", "CORRECTED");
        String again = openNext("ldtb.tp1", key, "Task_ConfirmByUnitHead", "back to the unit head");
        shows("lĩnh vực việc làm");
        choose("Xác nhận nhu cầu khai thác");
        send("confirm-by-unit-head", "CONFIRM");
        assertThat(setups.at(key, "Event_IncludedInAgencyLetter")).as("waits for the agency letter").isTrue();
    }

    @Test
    void registrationRejectedAndTheApplicantReadsWhy() throws Exception {
        String key = setups.registration("ldtb.cv2", "089090002102", "SLDTBXH_NCC", "ductv@angiang.gov.vn", "NAM",
                "1990-06-01");
        as("ldtb.tp2");
        openTaskById(setups.task("ldtb.tp2", key, "Task_ConfirmByUnitHead"));
        shows("Trần Văn Đức");
        choose("Từ chối");
        type("Nội dung cần bổ sung", "Phòng không có nhiệm vụ khai thác dữ liệu dân cư");
        send("confirm-by-unit-head", "REJECT");
        String review = openNext("ldtb.cv2", key, "Task_ReviewRejection", "the applicant's task");
        shows("Phòng không có nhiệm vụ khai thác dữ liệu dân cư");
        assertThat(formText()).contains(key);
        send("review-rejection", "READ");
        assertThat(setups.passed(key, "EndEvent_Rejected")).as("ended rejected").isTrue();
    }

    // ---- the agency office and its director ----

    @Test
    void agencyLetterReturnedThenSigned() throws Exception {
        String request = setups.confirmed("stp.cv3", "stp.tp1", "089090002103", "STP_HCTP", "thinhnd@angiang.gov.vn",
                "NAM", "1990-07-02");
        as("stp.vp");
        startProcess("Công văn đề nghị cấp tài khoản");
        String key = start("start-agency-letter", "STARTED");
        String prepare = setups.task("stp.vp", key, "Task_PrepareAgencyLetter");
        assertThat(prepare).as("the office's letter task").isNotNull();

        openTaskById(prepare);
        choose(request + " - Ngô Đức Thịnh");
        type("Số công văn", "3101");
        date("Ngày công văn", TODAY);
        send("prepare-agency-letter", "PREPARED");
        String sign = openNext("stp.gd", key, "Task_SignByDirector", "the director's task");
        shows("3101");
        choose("Trả lại Văn phòng");
        type("Nội dung cần sửa", "Sửa ngày công văn");
        send("sign-by-director", "RETURN");
        String again = openNext("stp.vp", key, "Task_PrepareAgencyLetter", "back to the office");
        shows("Sửa ngày công văn");
        type("Số công văn", "3102");
        shot("outcome-prepare-agency-letter-PREPARED-after-return");
        completeTask();
        setups.jobs();
        String signAgain = setups.task("stp.gd", key, "Task_SignByDirector");
        assertThat(signAgain).isNotNull();

        as("stp.gd");
        openTaskById(signAgain);
        shows("3102");
        choose("Ký ban hành");
        send("sign-by-director", "SIGN");
        assertThat(setups.passed(key, "EndEvent_LetterSigned")).as("the letter signed and sent on").isTrue();
        assertThat(setups.at(request, "Event_PC06Decision")).as("its request waits for PC06").isTrue();
    }

    // ---- the aggregator, its leader, PC06, the TTHC administrators ----

    @Test
    void batchReturnedRecomposedSignedSentAndDecided() throws Exception {
        String linh = setups.confirmed("stp.cv2", "stp.tp2", "089190002104", "STP_BTTP", "linhbtm@angiang.gov.vn", "NU",
                "1990-08-03");
        String khoi = setups.confirmed("stp.cv1", "stp.tp1", "089090002105", "STP_HCTP", "khoidm@angiang.gov.vn", "NAM",
                "1990-09-04");
        setups.signedLetter("stp.vp", "stp.gd", "3201", List.of(linh, khoi));
        String compose = composeTaskShowing("công văn 3201/");
        String batch = businessKeyOf(compose);

        as("stttt.cv");
        openTaskById(compose);
        choose("công văn 3201/");
        send("compose-batch", "LETTERS");
        String sign = openNext("stttt.ld", batch, "Task_SignBatchLetter", "the leader's task");
        shows("Sở Tư pháp");
        choose("Trả lại để lập lại đợt");
        type("Nội dung cần sửa", "Kiểm tra lại danh sách");
        send("sign-batch-letter", "RETURN");
        String recompose = openNext("stttt.cv", batch, "Task_ComposeBatch", "back to the aggregator");
        shows("Kiểm tra lại danh sách");
        WebElement ticked = driver.findElement(By.xpath("//label[contains(normalize-space(.), 'công văn 3201/')]//input"));
        if (!ticked.isSelected()) {
            choose("công văn 3201/");
        }
        shot("outcome-compose-batch-LETTERS-after-return");
        completeTask();
        setups.jobs();

        as("stttt.ld");
        openTaskById(setups.task("stttt.ld", batch, "Task_SignBatchLetter"));
        choose("Ký ban hành");
        send("sign-batch-letter", "SIGN");
        String dispatch = openNext("stttt.cv", batch, "Task_SendToPC06", "the sending task");
        type("Số công văn đi", "3203");
        date("Ngày gửi", TODAY);
        select("Hình thức gửi", "Thư điện tử công vụ");
        send("send-to-pc06", "SENT");
        String decide = openNext("pc06.cb", batch, "Task_RecordPC06Decisions", "PC06's task");
        tick("PC06 đồng ý", linh);
        send("record-pc06-decisions", "APPROVED_SOME_PENDING");
        String pending = setups.task("pc06.cb", batch, "Task_RecordPC06Decisions");
        assertThat(pending).as("the task comes back for the other").isNotNull();
        assertThat(setups.task("tthc.qt", linh, "Task_ProvisionAccount")).as("the approved one to provision").isNotNull();

        openTaskById(pending);
        tick("PC06 không đồng ý", khoi);
        type("Lý do không đồng ý", "Chưa đủ điều kiện khai thác");
        send("record-pc06-decisions", "REJECTED_ALL_DECIDED");
        assertThat(setups.passed(khoi, "EndEvent_RejectedByPC06")).as("the rejected request ends").isTrue();
        assertThat(setups.passed(batch, "EndEvent_BatchClosed")).as("the batch closes").isTrue();

        as("tthc.qt");
        openTaskById(setups.task("tthc.qt", linh, "Task_ProvisionAccount"));
        shows("Bùi Thị Mỹ Linh");
        type("Tên đăng nhập đã tạo", "linhbtm.outcomes");
        date("Ngày tạo tài khoản", TODAY);
        send("provision-account", "PROVISIONED");
        assertThat(setups.passed(linh, "EndEvent_AccountProvisioned")).isTrue();
        assertThat(accounts.accountsOf("stp.cv2")).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo("linhbtm.outcomes");
            assertThat(a.status()).isEqualTo(AccountStatus.ACTIVE);
        });
    }

    @Test
    void leaverRevocationOnlyBatchThenAccountsClosed() throws Exception {
        long dldc = accounts.open(new NewAccount(AccountSystem.DLDC_TTHC, "thanghv.outcomes", "ldtb.gd", "Huỳnh Văn Thắng",
                "079190002106", "SLDTBXH", null, TODAY.minusDays(60), null), actor("tthc.qt")).id();
        long iOffice = setups.recorded("ldtb.vp", "IOFFICE", "ldtb.gd", "thanghv.io.outcomes", TODAY.minusDays(60));

        as("ldtb.vp");
        startProcess("Đóng tài khoản khi thay đổi vị trí");
        select("Người nghỉ / chuyển", "Huỳnh Văn Thắng");
        select("Lý do", "Nghỉ việc");
        date("Ngày hoàn thành bàn giao", TODAY);
        String key = start("leaver-report", "REPORTED");
        String closeIOffice = setups.task("ldtb.vp", key, "Task_CloseAccount");
        assertThat(closeIOffice).as("the iOffice account to close").isNotNull();
        assertThat(setups.task("tthc.qt", key, "Task_CloseAccount")).as("the DLDC account waits for PC06").isNull();

        openTaskById(closeIOffice);
        shows("thanghv.io.outcomes");
        date("Ngày đã đóng tài khoản", TODAY);
        send("close-account", "CLOSED");
        assertThat(accounts.account(iOffice).status()).isEqualTo(AccountStatus.CLOSED);

        String compose = composeTaskShowing("thanghv.outcomes");
        String batch = businessKeyOf(compose);
        as("stttt.cv");
        openTaskById(compose);
        shows("thanghv.outcomes");
        send("compose-batch", "REVOCATION_ONLY");
        String sign = setups.task("stttt.ld", batch, "Task_SignBatchLetter");
        assertThat(sign).as("the leader signs a revocation-only letter").isNotNull();
        // the leader's form says what the letter asks: revocation only
        as("stttt.ld");
        openTaskById(sign);
        shows("công văn đề nghị thu hồi tài khoản");
        assertThat(formText()).doesNotContain("đề nghị cấp").doesNotContain("cấp và thu hồi");
        choose("Ký ban hành");
        shot("outcome-sign-batch-letter-SIGN-revocation-only");
        press("Hoàn thành");
        sent("sign-batch-letter", "SIGN");
        setups.jobs();
        setups.complete("stttt.cv", setups.task("stttt.cv", batch, "Task_SendToPC06"), Map.of("outgoingNumber", "3301",
                "sentDate", TODAY.toString(), "channel", "EMAIL"));

        as("pc06.cb");
        openTaskById(setups.task("pc06.cb", batch, "Task_RecordPC06Decisions"));
        tick("PC06 đã thu hồi", "thanghv.outcomes");
        send("record-pc06-decisions", "REVOCATION_CONFIRMED");
        assertThat(setups.passed(batch, "EndEvent_BatchClosed")).as("the batch closes").isTrue();
        String closeDldc = openNext("tthc.qt", key, "Task_CloseAccount", "the DLDC account to close");
        shows("thanghv.outcomes");
        date("Ngày đã đóng tài khoản", TODAY);
        send("close-account", "CLOSED_AFTER_PC06");
        assertThat(accounts.account(dldc).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(setups.passed(key, "EndEvent_AccountsClosed")).as("the report ends with its notice").isTrue();
    }

    @Test
    void leaverChangesPositionAndKeepsAnAccount() throws Exception {
        long kept = setups.recorded("ldtb.vp", "IOFFICE", "ldtb.cv1", "huongnt.io2.outcomes", TODAY.minusDays(30));
        long closed = setups.recorded("ldtb.vp", "OFFICIAL_EMAIL", "ldtb.cv1", "huongnt.mail.outcomes@angiang.gov.vn",
                TODAY.minusDays(30));

        // her unit head reports it, keeping the iOffice account for the new post
        as("ldtb.tp1");
        startProcess("Đóng tài khoản khi thay đổi vị trí");
        select("Người nghỉ / chuyển", "Nguyễn Thị Hường");
        select("Lý do", "Thay đổi vị trí công tác");
        date("Ngày hoàn thành bàn giao", TODAY);
        type("Vị trí mới", "Chuyên viên Văn phòng Sở");
        tick("Tài khoản giữ lại", "VNPT-iOffice");
        String key = start("leaver-report", "KEPT_SOME");
        String close = setups.task("ldtb.vp", key, "Task_CloseAccount");
        assertThat(close).as("the e-mail account to close").isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).count())
                .as("only that one").isEqualTo(1);
        assertThat(vn.dldcaccess.support.Rendered.plain(setups.client.variable("ldtb.vp", close, "closeSummary").asText()))
                .contains("huongnt.mail.outcomes");
        assertThat(accounts.account(kept).status()).isEqualTo(AccountStatus.ACTIVE);
        // closing it is close-account's outcome, driven in the Tasklist above
        setups.complete("ldtb.vp", close, Map.of("closedOn", TODAY.toString()));
        assertThat(accounts.account(closed).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(accounts.account(kept).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    // ---- the review of a unit's accounts ----

    @Test
    void reviewOneUnitMarksAnAccountTheOtherNone() throws Exception {
        long marked = setups.recorded("stp.vp", "OFFICIAL_EMAIL", "stp.cv3", "thinhnd.outcomes@angiang.gov.vn",
                TODAY.minusDays(200));
        long kept = setups.recorded("stp.vp", "OFFICIAL_EMAIL", "stp.cv2", "linhbtm.outcomes@angiang.gov.vn",
                TODAY.minusDays(200));

        as("stp.vp");
        startProcess("Đợt rà soát tài khoản");
        String key = start("start-account-review", "STARTED");
        String hctp = setups.task("stp.tp1", key, "Task_ReviewUnitAccounts");
        String bttp = setups.task("stp.tp2", key, "Task_ReviewUnitAccounts");
        assertThat(hctp).as("the review of Phòng Hành chính tư pháp").isNotNull();
        assertThat(bttp).as("the review of Phòng Bổ trợ tư pháp").isNotNull();

        as("stp.tp1");
        openTaskById(hctp);
        tick("Tài khoản đề nghị đóng", "thinhnd.outcomes@angiang.gov.vn");
        type("Lý do đề nghị đóng", "Không còn nhiệm vụ tiếp nhận hồ sơ");
        send("review-unit-accounts", "TICKED");
        String revocation = "TH-" + jdbc.queryForObject("select max(id) from rev_revocation where person_username = ?"
                + " and reason = 'REVIEW'", Long.class, "stp.cv3");
        assertThat(setups.task("stp.vp", revocation, "Task_CloseAccount")).as("the marked account to close").isNotNull();

        as("stp.tp2");
        openTaskById(bttp);
        shows("linhbtm.outcomes@angiang.gov.vn");
        send("review-unit-accounts", "NONE_TICKED");
        assertThat(setups.passed(key, "EndEvent_ReviewDone")).as("the review ends").isTrue();
        assertThat(accounts.account(kept).status()).isEqualTo(AccountStatus.ACTIVE);
        // the marked account is closed as any other (close-account's outcome is driven above)
        setups.complete("stp.vp", setups.task("stp.vp", revocation, "Task_CloseAccount"), Map.of("closedOn", TODAY.toString()));
        assertThat(accounts.account(marked).status()).isEqualTo(AccountStatus.CLOSED);
    }

    // ---- the giấy ủy quyền ----

    @Test
    void authorizationDeclinedByTheDelegate() throws Exception {
        setups.recorded("stp.vp", "IOFFICE", "stp.cv1", "khoidm.io.outcomes", TODAY.minusDays(10));
        as("stp.cv1");
        startProcess("Giấy ủy quyền sử dụng tài khoản");
        select("Tài khoản ủy quyền", "VNPT-iOffice");
        select("Người được ủy quyền", "Ngô Đức Thịnh");
        date("Từ ngày", TODAY.plusDays(2));
        date("Đến hết ngày", TODAY.plusDays(4));
        select("Lý do", "Nghỉ phép");
        type("Phạm vi ủy quyền", "Tiếp nhận văn bản đến của phòng");
        type("Trách nhiệm của người ủy quyền", "Bàn giao đúng phạm vi");
        type("Trách nhiệm của người được ủy quyền", "Không chia sẻ tài khoản");
        String key = start("authorization-letter", "REQUESTED");
        String accept = openNext("stp.cv3", key, "Task_AcceptByDelegate", "the delegate's task");
        shows("Đặng Minh Khôi");
        choose("Không nhận");
        type("Lý do không nhận", "Trùng lịch công tác");
        send("accept-authorization", "DECLINE");
        assertThat(setups.passed(key, "EndEvent_DeclinedByDelegate")).as("ended, declined").isTrue();
    }

    @Test
    void authorizationReturnedCorrectedThenRejected() throws Exception {
        setups.recorded("ldtb.vp", "IOFFICE", "ldtb.cv1", "huongnt.io.outcomes", TODAY.minusDays(10));
        String key = setups.authorization("ldtb.cv1", "ldtb.cv3", "IOFFICE", TODAY.plusDays(8), TODAY.plusDays(9), false);

        as("ldtb.cv3");
        openTaskById(setups.task("ldtb.cv3", key, "Task_AcceptByDelegate"));
        shows("Nguyễn Thị Hường");
        choose("Đồng ý nhận ủy quyền");
        send("accept-authorization", "ACCEPT");
        String approve = openNext("ldtb.tp1", key, "Task_ApproveAuthorization", "the unit head's task");
        choose("Trả lại để bổ sung");
        type("Nội dung cần bổ sung", "Ghi rõ phạm vi văn bản được xử lý");
        send("approve-authorization", "RETURN");
        String correct = openNext("ldtb.cv1", key, "Task_CorrectAuthorization", "the holder's correction task");
        shows("Ghi rõ phạm vi văn bản được xử lý");
        type("Phạm vi ủy quyền", "Tiếp nhận văn bản đến của phòng, không ký văn bản đi");
        send("authorization-letter", "CORRECTED");
        String acceptAgain = setups.task("ldtb.cv3", key, "Task_AcceptByDelegate");
        assertThat(acceptAgain).as("back to the delegate").isNotNull();
        setups.complete("ldtb.cv3", acceptAgain, Map.of("delegateAnswer", "ACCEPT"));

        as("ldtb.tp1");
        openTaskById(setups.task("ldtb.tp1", key, "Task_ApproveAuthorization"));
        shows("không ký văn bản đi");
        choose("Không duyệt");
        type("Nội dung cần bổ sung", "Phòng đã bố trí người khác");
        send("approve-authorization", "REJECT");
        assertThat(setups.passed(key, "EndEvent_AuthorizationRejected")).as("ended, not approved").isTrue();
    }

    @Test
    void authorizationApprovedEndedEarlyThenPasswordChanged() throws Exception {
        setups.recorded("stp.vp", "OFFICIAL_EMAIL", "stp.cv2", "linhbtm.mail.outcomes@angiang.gov.vn", TODAY.minusDays(10));
        String key = setups.authorization("stp.cv2", "stp.cv1", "OFFICIAL_EMAIL", TODAY.plusDays(10), TODAY.plusDays(11),
                true);

        as("stp.tp2");
        openTaskById(setups.task("stp.tp2", key, "Task_ApproveAuthorization"));
        shows("Bùi Thị Mỹ Linh");
        choose("Duyệt");
        send("approve-authorization", "APPROVE");
        assertThat(setups.at(key, "Timer_AuthorizationStarts")).as("issued, waits for its first day").isTrue();

        setups.fireTimer(key);
        String active = setups.task("stp.cv2", key, "Task_AuthorizationActive");
        assertThat(active).as("the holder's task while it runs").isNotNull();
        as("stp.cv2");
        openTaskById(active);
        type("Lý do kết thúc sớm", "Về cơ quan sớm hơn dự kiến");
        send("authorization-active", "ENDED_EARLY");
        String change = setups.task("stp.cv2", key, "Task_ChangePasswordAfterAuthorization");
        assertThat(change).as("the holder's password task").isNotNull();

        openTaskById(change);
        date("Ngày đã đổi mật khẩu", TODAY);
        send("change-password-after-authorization", "CHANGED");
        assertThat(setups.passed(key, "EndEvent_AuthorizationClosed")).as("the giấy ủy quyền ends").isTrue();
    }

    // ---- the account register ----

    @Test
    void officeRecordsAnAccountAndTheHolderConfirmsHerPassword() throws Exception {
        as("ldtb.vp");
        startProcess("Ghi tài khoản iOffice");
        select("Hệ thống", "VNPT-iOffice");
        select("Người sử dụng", "Phạm Quốc Việt");
        type("Tên tài khoản trên hệ thống", "vietpq.io.outcomes");
        date("Ngày cấp", TODAY.minusDays(60));
        String key = start("record-account", "RECORDED");
        long id = Long.parseLong(key.substring("TK-".length()));
        assertThat(accounts.account(id).username()).isEqualTo("vietpq.io.outcomes");
        assertThat(accounts.account(id).passwordOverdue()).isTrue();

        setups.fireTimer(key);
        String confirm = setups.task("ldtb.tp2", key, "Task_ConfirmPasswordChanged");
        assertThat(confirm).as("the holder's password task").isNotNull();
        as("ldtb.tp2");
        openTaskById(confirm);
        shows("vietpq.io.outcomes");
        date("Ngày đã đổi mật khẩu", TODAY);
        send("confirm-password-changed", "CHANGED");
        assertThat(accounts.account(id).passwordChangedOn()).isEqualTo(TODAY);
        assertThat(setups.at(key, "Timer_PasswordDue")).as("the next period waits").isTrue();
    }

    // ---- what a person does in the Tasklist ----

    /** Logs in as the person unless she is logged in already. */
    /** The next task of the request, as the person it is for: found, then opened in the Tasklist as her. */
    String openNext(String user, String key, String taskDefinition, String what) throws Exception {
        String id = setups.task(user, key, taskDefinition);
        assertThat(id).as(what).isNotNull();
        as(user);
        openTaskById(id);
        return id;
    }

    void as(String user) {
        if (!user.equals(loggedIn)) {
            login(user);
            loggedIn = user;
        }
    }

    /** The form shows this text (the process's data reached it). */
    void shows(String text) {
        waitUpTo(30).until(d -> formText().contains(text));
    }

    /** A checklist entry of one field (two fields may offer the same entries). */
    void tick(String fieldLabelStart, String entry) {
        click("//label[starts-with(normalize-space(.), '" + fieldLabelStart + "')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//label[contains(normalize-space(.), '" + entry + "')]");
    }

    /** "Hoàn thành", after the screenshot of the filled form; a refusal fails the test with its words. */
    void send(String form, String outcome) {
        shot("outcome-" + form + "-" + outcome);
        press("Hoàn thành");
        sent(form, outcome);
        setups.jobs();
    }

    /** "Bắt đầu"; the number the Tasklist shows for the process started. */
    String start(String form, String outcome) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('dldc-started')?.remove()");
        shot("outcome-" + form + "-" + outcome);
        press("Bắt đầu");
        sent(form, outcome);
        String key = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#dldc-started .dldc-number"))).getText();
        setups.jobs();
        return key;
    }

    /**
     * The form's button. At the foot of a long form the Tasklist's footer covers the lower half of the button; a
     * person clicks the half that shows, and so does the test.
     */
    void press(String button) {
        WebElement e = waitUpTo(20).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space(.)='" + button + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        stillWhenFocusLeaves(e);
        try {
            e.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            new org.openqa.selenium.interactions.Actions(driver)
                    .moveToElement(e, 0, -e.getSize().getHeight() / 2 + 3).click().perform();
        }
    }

    /**
     * Pressing a button first takes the focus from the field she typed in; if the form then moves (form-js measured a
     * text box again), the release lands beside the button and the press is lost. The button stays where it was.
     */
    void stillWhenFocusLeaves(WebElement button) {
        Object moved = ((JavascriptExecutor) driver).executeAsyncScript(
                "const [b, done] = arguments; const before = b.getBoundingClientRect().y;"
                        + "if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();"
                        + "setTimeout(() => done(b.getBoundingClientRect().y - before), 300);", button);
        assertThat(((Number) moved).doubleValue()).as("px the form moved when the focus left the field typed in")
                .isZero();
    }

    /**
     * The form is gone (sent), or it stays with a refusal (the server's, under its fields, or the form's own checks
     * with the Tasklist's notice): then the test fails with the words shown.
     */
    void sent(String form, String outcome) {
        String refusal = waitUpTo(30).until(d -> (String) ((JavascriptExecutor) d).executeScript(
                "const shown = e => e.offsetParent !== null;"
                        + "const r = document.getElementById('dldc-refused');"
                        + "if (r && shown(r)) return r.innerText;"
                        + "const errors = [...document.querySelectorAll('.fjs-form-field-error, .alert-danger')]"
                        + "  .filter(shown).map(e => (e.closest('.fjs-form-field')?.querySelector('label')?.innerText || '') + ' ' + e.innerText);"
                        + "const open = [...document.querySelectorAll('.fjs-form')].some(shown);"
                        + "if (open && errors.length && [...document.querySelectorAll('.alert-danger')].some(shown)) return errors.join('; ');"
                        + "return open ? null : '';"));
        if (!refusal.isEmpty()) {
            shot("outcome-" + form + "-" + outcome + "-refused");
            throw new AssertionError(form + " " + outcome + " refused: " + refusal);
        }
    }

    /** The aggregator's compose task (of the one batch in composition) once it offers or lists this. */
    String composeTaskShowing(String text) throws Exception {
        for (var t : engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ComposeBatch").list()) {
            Object offered = engine.getTaskService().getVariable(t.getId(), "waitingLetters");
            Object listed = engine.getTaskService().getVariable(t.getId(), "waitingLettersText");
            if (String.valueOf(offered).contains(text) || vn.dldcaccess.support.Rendered.plain(String.valueOf(listed)).contains(text)) {
                return t.getId();
            }
        }
        throw new AssertionError("no compose task shows " + text);
    }

    String businessKeyOf(String taskId) {
        String pi = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    }

    // ---- leavers and movers found in the organization file (issue 22), in the test agency NV22 ----

    @Test
    void heldOrganizationFileRejectedThenConfirmedAndTheOfficeConfirmsALeaver() throws Exception {
        List<String> four = List.of("nv.bg1", "nv.bg2", "nv.bg3", "nv.bg4");
        assertThat(agency.check(agency.file(four.stream().map(u -> person(u, "Người Giải Thể " + u.substring(5), "NV22_A",
                null)).toArray(String[]::new))).outcome()).isEqualTo("TAKEN_IN");
        long account = setups.recorded("nv.vp", "IOFFICE", "nv.bg1", "giaithe1.io.outcomes", TODAY.minusDays(90));

        // a version without the four: more than the share allowed at once, held for the administrator
        TestAgencySource.Checked held = agency.check(agency.fileWithout(four));
        assertThat(held.outcome()).isEqualTo("HELD");
        String wrong = held.started().get(0);
        as("demo");
        openTaskById(setups.task("demo", wrong, "Task_ConfirmSourceChange"));
        shows("nv.bg1");
        choose("Không nhận: danh sách nhầm");
        send("confirm-source-change", "REJECT");
        assertThat(setups.passed(wrong, "EndEvent_HeldRejected")).as("nothing taken in").isTrue();
        assertThat(stillWithUs(four)).isEqualTo(4);

        // the next version (one joiner more) removes them again: the administrator confirms it
        TestAgencySource.Checked again = agency.check(agency.fileWithout(four, person("nv.bmoi", "Người Mới Đến",
                "NV22_B", null)));
        assertThat(again.outcome()).isEqualTo("HELD");
        String right = again.started().get(0);
        openTaskById(setups.task("demo", right, "Task_ConfirmSourceChange"));
        shows("nv.bg4");
        choose("Xác nhận: danh sách đúng");
        send("confirm-source-change", "CONFIRM");
        assertThat(setups.passed(right, "EndEvent_HeldTakenIn")).as("the held file taken in").isTrue();
        assertThat(stillWithUs(four)).isZero();
        assertThat(setups.passed(agency.leaverChange("nv.bg2"), "EndEvent_NothingToClose")).as("no account").isTrue();

        // the one with an account: its closing started, the office checks it
        String change = agency.leaverChange("nv.bg1");
        String closing = agency.closingOf(change);
        assertThat(closing).startsWith("TH-");
        as("nv.vp");
        openTaskById(setups.task("nv.vp", change, "Task_CheckSourceLeaver"));
        shows("Người Giải Thể 1 (nv.bg1)");
        choose("Đúng, tiếp tục đóng tài khoản");
        send("check-source-leaver", "CONFIRM");
        assertThat(setups.passed(change, "EndEvent_OfficeConfirmed")).as("the office's task ends").isTrue();
        String close = setups.task("nv.vp", closing, "Task_CloseAccount");
        assertThat(close).as("the closing goes on").isNotNull();
        // closing the account is close-account's outcome, driven above; then the change ends
        setups.complete("nv.vp", close, Map.of("closedOn", TODAY.toString()));
        assertThat(accounts.account(account).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(setups.ended(change)).isTrue();
    }

    @Test
    void sourceLeaversHandoverCorrectedAndAFalseAlarmCancelled() throws Exception {
        assertThat(agency.check(agency.file(person("nv.bngay", "Phan Văn Ngày", "NV22_A", null),
                person("nv.bnham", "Lâm Thị Nhầm", "NV22_A", null))).outcome()).isEqualTo("TAKEN_IN");
        long leaving = setups.recorded("nv.vp", "IOFFICE", "nv.bngay", "ngaypv.io.outcomes", TODAY.minusDays(90));
        long staying = setups.recorded("nv.vp", "OFFICIAL_EMAIL", "nv.bnham", "nhamlt.outcomes@angiang.gov.vn",
                TODAY.minusDays(90));

        // the file says he left two days ago, and no longer names her
        LocalDate left = TODAY.minusDays(2);
        assertThat(agency.check(agency.fileWithout(List.of("nv.bnham"), person("nv.bngay", "Phan Văn Ngày", "NV22_A",
                left.toString()))).started()).hasSize(2);
        setups.jobs();
        String ngay = agency.leaverChange("nv.bngay");
        String ngayClosing = agency.closingOf(ngay);
        LocalDate deadline = revocation(ngayClosing, "deadline");

        as("nv.vp");
        openTaskById(setups.task("nv.vp", ngay, "Task_CheckSourceLeaver"));
        shows("Phan Văn Ngày");
        choose("Sửa ngày hoàn thành bàn giao");
        waitUpTo(10).until(d -> !d.findElements(By.xpath("//label[starts-with(normalize-space(.), "
                + "'Ngày hoàn thành bàn giao đúng')]")).isEmpty());
        date("Ngày hoàn thành bàn giao đúng", left.minusDays(1));
        send("check-source-leaver", "CORRECT_DATE");
        assertThat(setups.passed(ngay, "EndEvent_HandoverCorrected")).isTrue();
        assertThat(revocation(ngayClosing, "handover_date")).isEqualTo(left.minusDays(1));
        assertThat(revocation(ngayClosing, "deadline")).as("the deadline moved with it").isBefore(deadline);

        String nham = agency.leaverChange("nv.bnham");
        String nhamClosing = agency.closingOf(nham);
        openNext("nv.vp", nham, "Task_CheckSourceLeaver", "the office's check of her");
        shows("Lâm Thị Nhầm");
        choose("Hủy: báo nhầm");
        send("check-source-leaver", "CANCEL");
        assertThat(setups.passed(nham, "EndEvent_ClosingCancelled")).isTrue();
        assertThat(setups.ended(nhamClosing)).as("the closing cancelled").isTrue();
        assertThat(jdbc.queryForObject("select status from rev_revocation where id = ?", String.class,
                Long.parseLong(nhamClosing.substring("TH-".length())))).isEqualTo("CANCELLED");
        assertThat(accounts.account(staying).status()).as("nothing more closed").isEqualTo(AccountStatus.ACTIVE);
        assertThat(stillWithUs(List.of("nv.bnham"))).as("she is back").isEqualTo(1);

        // his closing goes on with the corrected day (close-account's outcome is driven above)
        setups.complete("nv.vp", setups.task("nv.vp", ngayClosing, "Task_CloseAccount"), Map.of("closedOn",
                TODAY.toString()));
        assertThat(accounts.account(leaving).status()).isEqualTo(AccountStatus.CLOSED);
    }

    @Test
    void sourceMoverKeepsTheAccountHisNewUnitHeadTicks() throws Exception {
        assertThat(agency.check(agency.file(person("nv.bchuyen", "Tạ Văn Chuyển", "NV22_A", null))).outcome())
                .isEqualTo("TAKEN_IN");
        long iOffice = setups.recorded("nv.vp", "IOFFICE", "nv.bchuyen", "chuyentv.io.outcomes", TODAY.minusDays(90));
        long mail = setups.recorded("nv.vp", "OFFICIAL_EMAIL", "nv.bchuyen", "chuyentv.outcomes@angiang.gov.vn",
                TODAY.minusDays(90));
        assertThat(agency.check(agency.file(person("nv.bchuyen", "Tạ Văn Chuyển", "NV22_B", null))).started())
                .hasSize(1);
        setups.jobs();
        String change = agency.moverChange("nv.bchuyen");
        assertThat(setups.task("nv.tpa", change, "Task_DecideKeptAccounts")).as("not the old unit's head").isNull();

        openNext("nv.tpb", change, "Task_DecideKeptAccounts", "the new unit head's task");
        shows("Tạ Văn Chuyển");
        shows("Phòng Thử nghiệm B");
        tick("Tài khoản giữ lại", "Thư điện tử công vụ");
        send("decide-kept-accounts", "KEPT_SOME");
        String closing = agency.closingOf(change);
        assertThat(closing).as("the closing of the other accounts starts").startsWith("TH-");
        assertThat(jdbc.queryForList("select account_username u, kept k from rev_item where revocation_id = ? "
                        + "order by position_no", Long.parseLong(closing.substring("TH-".length())))).extracting(
                m -> m.get("u") + "=" + m.get("k")).containsExactly("chuyentv.io.outcomes=false",
                "chuyentv.outcomes@angiang.gov.vn=true");
        assertThat(setups.task("nv.vp", change, "Task_CheckSourceLeaver")).as("the office checks it").isNotNull();

        setups.complete("nv.vp", setups.task("nv.vp", closing, "Task_CloseAccount"), Map.of("closedOn",
                TODAY.toString()));
        assertThat(accounts.account(iOffice).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(accounts.account(mail).status()).as("kept for the new post").isEqualTo(AccountStatus.ACTIVE);
        assertThat(setups.ended(change)).isTrue();
    }

    /** How many of these people the tables hold as being with us. */
    int stillWithUs(List<String> usernames) {
        return usernames.stream().mapToInt(u -> jdbc.queryForObject("select count(*) from org_person where username = ?"
                + " and left_on is null", Integer.class, u)).sum();
    }

    LocalDate revocation(String closing, String column) {
        return jdbc.queryForObject("select " + column + " from rev_revocation where id = ?", LocalDate.class,
                Long.parseLong(closing.substring("TH-".length())));
    }

    /** The demo organization again, without the test agency: the other scenarios' people as they were. */
    @AfterAll
    static void removeTheTestAgency(@Autowired ApplicationContext context) {
        TestAgencySource.of(context).remove();
    }
}
