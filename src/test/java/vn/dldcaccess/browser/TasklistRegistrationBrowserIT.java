package vn.dldcaccess.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
        // issue 13: the form knows her (organization file) and offers her own agency's units only
        assertThat(field("1. Họ và tên").getAttribute("value")).isEqualTo("Lê Hoàng Yến");
        assertThat(field("5. Chức vụ").getAttribute("value")).isEqualTo("Chuyên viên");
        assertThat(field("10. Thư điện tử").getAttribute("value")).isEqualTo("yenlh@angiang.gov.vn");
        // issue 21: a first filing has no empty "returned, to correct" box
        assertThat(visibleLabels("Ý kiến của lãnh đạo đơn vị")).isZero();
        fill("08919000");
        // what the browser can check is checked at the field, in Vietnamese, and the form cannot be sent yet
        field("5. Chức vụ").click();
        WebElement atField = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//label[starts-with(normalize-space(.), '4. Số định danh')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                        + "//*[contains(@class,'fjs-form-field-error')][contains(., 'Gồm đúng 12 chữ số.')]")));
        assertThat(atField.getText()).doesNotContain("Field must");
        assertThat(driver.findElement(By.xpath("//button[normalize-space(.)='Bắt đầu']")).isEnabled()).isFalse();
        shot("registration-checked-at-the-field");

        // a day that does not exist is refused where it is typed, never rolled over to another day
        WebElement dob = field("2. Ngày sinh");
        dob.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        dob.sendKeys("31/02/2015" + Keys.TAB);
        WebElement impossible = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".dldc-date-error")));
        assertThat(impossible.getText()).contains("Ngày 31/02/2015 không có thật");
        assertThat(dob.getAttribute("value")).isNotEqualTo("03/03/2015");
        // issue 21: one message for one mistake (not also form-js's "Bắt buộc nhập." of the emptied field)
        field("5. Chức vụ").click();
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                "return [...arguments[0].closest('.fjs-form-field').querySelectorAll('.fjs-form-field-error')]"
                        + ".filter(e => e.offsetParent !== null && e.textContent.trim()).length", dob)).intValue())
                .as("messages under the date").isEqualTo(1);
        shot("registration-impossible-date");
        date("2. Ngày sinh", java.time.LocalDate.of(1991, 5, 17));

        // what only the server knows (the id's gender digit against "Nữ") comes back at that field, in view
        type("4. Số định danh", "089091000777");
        submit();
        WebElement error = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//label[starts-with(normalize-space(.), '4. Số định danh')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                        + "//*[contains(@class,'dldc-field-error')]")));
        assertThat(error.getText()).contains("không khớp với giới tính và ngày sinh đã khai").doesNotContain("Cannot instantiate");
        assertThat(driver.findElement(By.id("dldc-refused")).getText()).contains("Số định danh cá nhân (CCCD)");
        assertThat(((Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", error)))
                .as("the wrong field is in view").isTrue();
        shot("registration-refused");

        type("4. Số định danh", "089191000777");
        submit();
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
        // she is shown her number at once, with where to follow it
        WebElement started = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("dldc-started")));
        String number = started.findElement(By.cssSelector(".dldc-number")).getText();
        assertThat(number).matches("SLĐTBXH-\\d{4}-\\d{6}");
        shot("registration-number-shown");
        click("//div[@id='dldc-started']//a[normalize-space(.)='Hồ sơ của tôi']");
        WebElement row = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[@id='requests']//tr[td[normalize-space(.)='" + number + "']]")));
        assertThat(row.getText()).contains("Đăng ký tài khoản").contains("Lãnh đạo đơn vị xác nhận — Lê Thị Thu Hà");
        shot("my-requests-after-filing");

        login("ldtb.tp1");
        // the list says whose request and which; the unit's one head has it already, nothing to claim
        WebElement entry = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//a[starts-with(normalize-space(.), 'Lãnh đạo đơn vị xác nhận')]")));
        assertThat(entry.getText()).isEqualTo("Lãnh đạo đơn vị xác nhận: Lê Hoàng Yến — " + number);
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("Đăng ký tài khoản DLDC (mẫu 1658)").doesNotContain("unit-head-");
        shot("unit-head-task-list");
        click("//a[starts-with(normalize-space(.), 'Lãnh đạo đơn vị xác nhận')]");
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
        click("//a[starts-with(normalize-space(.), 'Lãnh đạo đơn vị xác nhận')]");
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

    /** How many labels starting so the open form shows. */
    int visibleLabels(String start) {
        return (int) driver.findElements(By.xpath("//*[contains(@class,'fjs-form')]//label[starts-with(normalize-space(.), '"
                + start + "')]")).stream().filter(WebElement::isDisplayed).count();
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
        startProcess("Công văn đề nghị cấp tài khoản");
        submit();
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));

        driver.navigate().refresh();
        openTask("Văn phòng soạn công văn");
        assertThat(visibleLabels("Ý kiến của Giám đốc")).as("no empty return box on a first letter").isZero();
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
