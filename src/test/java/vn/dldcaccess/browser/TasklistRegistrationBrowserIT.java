package vn.dldcaccess.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in the Tasklist: an applicant files form 1658, sees the Vietnamese error for a wrong citizen id,
 * files it right, and the unit head finds the task; an office prepares a letter and the director signs it.
 */
class TasklistRegistrationBrowserIT extends BrowserTest {

    @Test
    void applicantFilesFormAndUnitHeadFindsTheTask() {
        login("ldtb.cv3");
        openRegistrationForm();
        fill("08919000");
        submit();
        WebElement error = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(., 'Số định danh cá nhân (CCCD): phải gồm đúng 12 chữ số')][not(*[contains(., 'Số định danh cá nhân (CCCD): phải gồm đúng 12 chữ số')])]")));
        assertThat(error.getText()).contains("phải gồm đúng 12 chữ số").doesNotContain("Cannot instantiate");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", error);
        shot("registration-refused");

        type("4. Số định danh", "089191000777");
        submit();
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));

        login("ldtb.tp1");
        click("//a[normalize-space(.)='Lãnh đạo đơn vị xác nhận']");
        waitUpTo(30).until(d -> formText().contains("Lê Hoàng Yến"));
        assertThat(formText())
                .contains("Số phiếu").contains("SLĐTBXH-").contains("089191000777").contains("Phòng Việc làm - An toàn lao động")
                // typed 17/05/1991 in the form: read as 17 May
                .contains("Ngày sinh: 17/05/1991");
    }

    @Test
    void whatTheApplicantTypedIsShownAsTypedNeverAsMarkup() {
        String duties = "# Tiêu đề giả [bấm vào đây](http://evil.example/x) <b>chữ đậm</b> "
                + "<img src=x onerror=\"window.pwned=1\"> **in đậm** <script>window.pwned=2</script>";
        var identity = engine.getIdentityService();
        identity.setAuthentication("ldtb.cv2", java.util.List.of("applicants"));
        java.util.Map<String, Object> v = vn.dldcaccess.support.SampleForms.valid("089090000931", "SLDTBXH_NCC",
                "ductv@angiang.gov.vn");
        v.put("fullName", "Trần Văn Đức");
        v.put("gender", "NAM");
        v.put("duties", duties);
        var pi = engine.getRuntimeService().startProcessInstanceByKey("Process_AccountRegistration", v);
        identity.clearAuthentication();

        login("ldtb.tp2");
        click("//a[normalize-space(.)='Lãnh đạo đơn vị xác nhận']");
        waitUpTo(30).until(d -> formText().contains("Trần Văn Đức"));
        assertThat(formText()).contains(duties);
        assertThat(driver.findElements(By.xpath("//a[contains(@href, 'evil.example')]"))).isEmpty();
        assertThat(driver.findElements(By.xpath("//*[self::h1 or self::h2 or self::h3][contains(., 'Tiêu đề giả')]"
                + " | //b[contains(., 'chữ đậm')] | //strong[contains(., 'in đậm')] | //img[@src='x']"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined")).isEqualTo(true);
        shot("typed-text-shown-as-typed");

        identity.setAuthentication("ldtb.tp2", java.util.List.of("unit-head-SLDTBXH_NCC"));
        var task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engine.getTaskService().complete(task.getId(), java.util.Map.of("decision", "REJECT", "decisionComment",
                "Thử hiển thị"));
        identity.clearAuthentication();
    }

    /** A confirmed request of Sở Tư pháp, made through the engine (the first test shows the form itself). */
    String confirmedRequest(String citizenId) {
        var identity = engine.getIdentityService();
        identity.setAuthentication("stp.cv1", java.util.List.of("applicants"));
        java.util.Map<String, Object> v = vn.dldcaccess.support.SampleForms.valid(citizenId, "STP_HCTP",
                "khoidm@angiang.gov.vn");
        v.put("fullName", "Đặng Minh Khôi");
        v.put("gender", "NAM");
        v.put("duties", "Tiếp nhận hồ sơ lý lịch tư pháp");
        var pi = engine.getRuntimeService().startProcessInstanceByKey("Process_AccountRegistration", v);
        identity.setAuthentication("stp.tp1", java.util.List.of("unit-head-STP_HCTP"));
        var task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engine.getTaskService().complete(task.getId(), java.util.Map.of("decision", "CONFIRM"));
        identity.clearAuthentication();
        var management = engine.getManagementService();
        management.createJobQuery().processInstanceId(pi.getId()).messages().list()
                .forEach(j -> management.executeJob(j.getId()));
        return pi.getBusinessKey();
    }

    @Test
    void officePreparesTheLetterAndTheDirectorDownloadsAndSignsIt() {
        String request = confirmedRequest("089090000901");

        login("stp.vp");
        click("//*[contains(@class,'start-process-action')]//a");
        click("//a[contains(normalize-space(.), 'Công văn đề nghị cấp tài khoản')]");
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        submit();
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));

        driver.navigate().refresh();
        openTask("Văn phòng soạn công văn");
        WebElement form = driver.findElement(By.cssSelector(".fjs-form"));
        assertThat(form.getText()).contains(request + " - Đặng Minh Khôi - Phòng Hành chính tư pháp");
        click("//label[contains(normalize-space(.), '" + request + " - Đặng Minh Khôi')]");
        type("Số công văn", "88");
        date("Ngày công văn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        completeTask();

        login("stp.gd");
        openTask("Giám đốc ký công văn");
        WebElement link = driver.findElement(By.xpath("//a[contains(normalize-space(.), 'Tải dự thảo công văn')]"));
        String href = link.getAttribute("href");
        assertThat(href).matches(".*/api/documents/\\d+");
        Object fetched = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));", href);
        assertThat(fetched).isEqualTo("200 application/pdf");
        click("//label[normalize-space(.)='Ký ban hành']");
        completeTask();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(request)
                .activityIdIn("Event_PC06Decision").count()).isEqualTo(1);
    }
}
