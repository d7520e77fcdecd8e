package vn.dldcaccess.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain, every step by its own person in the Tasklist: the applicant files form 1658, the unit head
 * confirms, the office prepares the letter, the director signs, the aggregator composes and sends a batch,
 * PC06's decision is recorded, the account is provisioned, and the office's register shows every step.
 */
class WholeChainBrowserIT extends BrowserTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    JdbcTemplate jdbc;

    /** The one open task of this kind in the engine (the chain's batch is the one in composition). */
    String onlyTask(String taskKey) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult().getId();
    }

    @Test
    void applicationToProvisionedAccountAndTheRegisterShowsEveryStep() {
        // the applicant files form 1658
        login("ldtb.cv3");
        openRegistrationForm();
        fill("089191000888");
        submit();
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
        String number = jdbc.queryForObject("select request_number from reg_registration where citizen_id = ?",
                String.class, "089191000888");

        // the unit head confirms
        login("ldtb.tp1");
        openTaskById(taskId(number, "Task_ConfirmByUnitHead"));
        waitUpTo(30).until(d -> formText().contains("Lê Hoàng Yến"));
        assertThat(formText()).contains(number).contains("Lê Hoàng Yến");
        choose("Xác nhận nhu cầu khai thác");
        completeTask();
        runJobs();

        // the office prepares the agency letter with this request, the director signs it
        login("ldtb.vp");
        startProcess("Công văn đề nghị cấp tài khoản");
        submitStartForm();
        String letterTask = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_PrepareAgencyLetter")
                .taskCandidateGroup("office-SLDTBXH").includeAssignedTasks().orderByTaskCreateTime().desc().list().get(0).getId();
        openTaskById(letterTask);
        choose(number + " - Lê Hoàng Yến");
        type("Số công văn", "577");
        date("Ngày công văn", TODAY);
        completeTask();
        login("ldtb.gd");
        openTaskById(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_SignByDirector")
                .taskCandidateGroup("director-SLDTBXH").includeAssignedTasks().singleResult().getId());
        choose("Ký ban hành");
        completeTask();
        runJobs();

        // the aggregator composes a batch of this letter, its leader signs, the letter goes to PC06
        login("stttt.cv");
        String compose = onlyTask("Task_ComposeBatch");
        String batchKey = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(engine.getTaskService().createTaskQuery().taskId(compose).singleResult()
                        .getProcessInstanceId()).singleResult().getBusinessKey();
        openTaskById(compose);
        choose("công văn 577/");
        completeTask();
        runJobs();
        login("stttt.ld");
        openTaskById(taskId(batchKey, "Task_SignBatchLetter"));
        choose("Ký ban hành");
        completeTask();
        runJobs();
        login("stttt.cv");
        openTaskById(taskId(batchKey, "Task_SendToPC06"));
        type("Số công văn đi", "1215");
        date("Ngày gửi", TODAY);
        // form-js's own word for an empty select, in Vietnamese
        waitUpTo(10).until(ExpectedConditions.textToBe(By.xpath("//label[starts-with(normalize-space(.), 'Hình thức gửi')]"
                + "/ancestor::div[contains(@class,'fjs-form-field')][1]//*[contains(@class,'fjs-select-display')]"), "Chọn"));
        select("Hình thức gửi", "Trục liên thông văn bản");
        completeTask();
        runJobs();

        // PC06 approves, the TTHC administrators provision the account
        login("pc06.cb");
        openTaskById(taskId(batchKey, "Task_RecordPC06Decisions"));
        click("//label[starts-with(normalize-space(.), 'PC06 đồng ý')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//label[contains(normalize-space(.), '" + number + "')]");
        completeTask();
        runJobs();
        login("tthc.qt");
        openTaskById(taskId(number, "Task_ProvisionAccount"));
        type("Tên đăng nhập đã tạo", "yenlh.browser");
        date("Ngày tạo tài khoản", TODAY);
        completeTask();
        runJobs();

        // the office's register shows every step, who took it and when, the form's PDF and the account
        login("ldtb.vp");
        driver.get(url("/register.html?q=" + number));
        click("//a[normalize-space(.)='" + number + "']");
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Đã cấp tài khoản"));
        String timeline = driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Đã nộp, chờ lãnh đạo đơn vị xác nhận").contains("Đã xác nhận, chờ đưa vào công văn")
                .contains("Đã có trong công văn của cơ quan").contains("Đã chuyển cơ quan tổng hợp, chờ gửi PC06")
                .contains("Đã gửi Công an tỉnh (PC06), chờ kết quả").contains("PC06 đồng ý, chờ tạo tài khoản")
                .contains("Lãnh đạo đơn vị xác nhận").contains("Tạo tài khoản trên Hệ thống TTHC")
                .contains("Lê Thị Thu Hà").contains("Hồ Văn Lợi").contains("Quách Thị Yến");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("Đã cấp tài khoản");
        assertThat(driver.findElement(By.id("documents")).getText()).contains("phieu-dang-ky-" + number);
        assertThat(driver.findElement(By.id("accounts")).getText()).contains("yenlh.browser").contains("Đang hoạt động");
        shot("whole-chain-register");
    }
}
