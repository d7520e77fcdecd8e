package vn.dldcaccess.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dldcaccess.support.AbstractSpringTest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in real headless Chromium (Debian's chromium and chromedriver, given explicitly so nothing is
 * downloaded): an applicant files form 1658 in the Tasklist, sees the Vietnamese error for a wrong citizen
 * id, files it right, and the unit head finds the task.
 */
class TasklistRegistrationBrowserIT extends AbstractSpringTest {
    static WebDriver driver;
    static Path profile;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--user-data-dir=" + profile,
                // the date field and the Tasklist labels follow the browser locale: pin it
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void screenshot(TestInfo info) {
        shot(info.getTestMethod().orElseThrow().getName());
    }

    static void shot(String name) {
        try {
            Path dir = Path.of("target", "browser-screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    void login(String user) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement name = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo" + Keys.ENTER);
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action a")));
    }

    WebElement field(String labelStart) {
        return driver.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + labelStart
                + "')]/ancestor::div[contains(@class,'fjs-form-field')][1]//*[self::input or self::textarea or self::select]"));
    }

    void type(String labelStart, String value) {
        WebElement input = field(labelStart);
        input.clear();
        input.sendKeys(value);
    }

    void click(String xpath) {
        WebElement e = waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        e.click();
    }

    void openRegistrationForm() {
        click("//*[contains(@class,'start-process-action')]//a");
        click("//a[contains(normalize-space(.), 'Đăng ký tài khoản DLDC')]");
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    void fill(String citizenId) {
        type("1. Họ và tên", "Lê Hoàng Yến");
        WebElement dob = field("2. Ngày sinh");
        dob.sendKeys("05/17/1991");
        dob.sendKeys(Keys.ENTER);
        click("//label[normalize-space(.)='Nữ']");
        type("4. Số định danh", citizenId);
        type("5. Chức vụ", "Chuyên viên");
        click("//label[starts-with(normalize-space(.), '6–7. Đơn vị')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//*[contains(@class,'fjs-input-group') or contains(@class,'fjs-select-display')][1]");
        click("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), 'Phòng Việc làm - An toàn lao động')]");
        type("8. Nhiệm vụ", "Tiếp nhận hồ sơ thủ tục hành chính lĩnh vực việc làm");
        type("9. Số điện thoại", "0912345678");
        type("10. Thư điện tử", "yenlh@angiang.gov.vn");
        click("//label[normalize-space(.)='Tra cứu và xác thực']");
        type("Mục đích", "Xác thực thông tin công dân khi tiếp nhận hồ sơ");
        click("//label[starts-with(normalize-space(.), 'Tôi cam kết')]");
    }

    void submit() {
        click("//button[normalize-space(.)='Start']");
    }

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
        WebElement summary = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., 'Lê Hoàng Yến')]")));
        assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText())
                .contains("Số phiếu").contains("SLĐTBXH-").contains("089191000777").contains("Phòng Việc làm - An toàn lao động");
        assertThat(summary.isDisplayed()).isTrue();
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

    void openTask(String name) {
        click("//a[normalize-space(.)='" + name + "']");
        click("//*[contains(@class,'task-card') or contains(@class,'task-details') or contains(@class,'task')]"
                + "//*[self::a or self::button][normalize-space(.)='Claim']");
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    void completeTask() {
        click("//button[normalize-space(.)='Complete']");
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    @Test
    void officePreparesTheLetterAndTheDirectorDownloadsAndSignsIt() {
        String request = confirmedRequest("089188000901");

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
        WebElement date = field("Ngày công văn");
        date.sendKeys(java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        date.sendKeys(Keys.ENTER);
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
