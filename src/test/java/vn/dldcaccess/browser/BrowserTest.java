package vn.dldcaccess.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real headless Chromium (Debian's chromium and chromedriver, given explicitly so nothing is downloaded)
 * against the application, and what the browser tests do with it: log in, fill form-js fields, claim and
 * complete tasks in the Tasklist.
 */
abstract class BrowserTest extends AbstractSpringTest {
    static WebDriver driver;
    static Path profile;
    static Path downloads;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--user-data-dir=" + profile,
                // an English browser: the webapps and the forms' dates stay Vietnamese
                "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
                // a clerk's browser in the province: the webapps show times in its zone
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // headless Chromium saves downloads only when told where
        chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        driver = chrome;
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
        // the browser's console beside the picture: a script error or a refused call a test did not expect
        try {
            StringBuilder log = new StringBuilder();
            driver.manage().logs().get("browser").forEach(e -> log.append(e).append('\n'));
            Files.writeString(Path.of("target", "browser-screenshots", info.getTestMethod().orElseThrow().getName() + ".log"), log);
        } catch (IOException | RuntimeException e) {
            // diagnostics only: a browser without logs fails no test
        }
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

    /** A wait that looks again when the page re-rendered what it was reading (a table redrawn after an answer). */
    static WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
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
        // as a person does: select what is there (a prefilled value too) and type over it; WebDriver's clear()
        // empties the element without the input event form-js listens to, and the old value comes back
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    void click(String xpath) {
        WebElement e = waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        // the Tasklist's notices ("claimed", "process started") sit over the form's bottom right for a few
        // seconds; a person waits for them to go, and so does the test
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try {
                e.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                if (System.nanoTime() > until) {
                    throw covered;
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw covered;
                }
            }
        }
    }

    /** A task by the start of its title (the title goes on with the person and the number), claimed if need be. */
    void openTask(String name) {
        click("//a[starts-with(normalize-space(.), '" + name + "')]");
        claimIfGroupTask();
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** A task meant for one person is hers already; a group's task is claimed ("Nhận việc") before its form works. */
    void claimIfGroupTask() {
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.assignee")));
        if (!driver.findElements(By.cssSelector("button.claim")).isEmpty()) {
            click("//button[contains(@class,'claim')][normalize-space(.)='Nhận việc']");
        }
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    void completeTask() {
        click("//button[normalize-space(.)='Hoàn thành']");
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** A task straight from its address in the Tasklist (the list may hold several of the same name), claimed. */
    void openTaskById(String taskId) {
        driver.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
        claimIfGroupTask();
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** The id of the open task of a process instance (by business key) at a task definition. */
    String taskId(String businessKey, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).singleResult().getId();
    }

    /** What the task form shows: its text, and the values of its read-only fields (what people typed). */
    String formText() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const f = document.querySelector('.fjs-form'); if (!f) return '';"
                        + "return f.innerText + '\\n' + [...f.querySelectorAll('textarea, input')].map(e => e.value).join('\\n');");
    }

    /** A radio choice or a checklist entry, by the start of its label. */
    void choose(String labelText) {
        click("//label[contains(normalize-space(.), '" + labelText + "')]");
    }

    /** A form-js date field, typed dd/MM/yyyy as the Tasklist asks even of an English browser. */
    void date(String labelStart, java.time.LocalDate day) {
        WebElement input = field(labelStart);
        assertThat(input.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        input.sendKeys(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        input.sendKeys(Keys.ENTER);
    }

    /** A form-js select: open it, pick the option. */
    void select(String labelStart, String option) {
        click("//label[starts-with(normalize-space(.), '" + labelStart + "')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//*[contains(@class,'fjs-input-group') or contains(@class,'fjs-select-display')][1]");
        click("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), '" + option + "')]");
    }

    void startProcess(String name) {
        click("//*[contains(@class,'start-process-action')]//a");
        openFromStartList(name);
    }

    /**
     * A process from the "Bắt đầu quy trình" list. The list is drawn as its query answers and may be drawn again
     * right after; a click on the first drawing can land on a row that is gone. As a person would, click again
     * while the list still shows and no form has opened.
     */
    void openFromStartList(String name) {
        String row = "//a[contains(normalize-space(.), '" + name + "')]";
        for (int attempt = 1; ; attempt++) {
            click(row);
            try {
                waitUpTo(attempt < 3 ? 10 : 30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
                return;
            } catch (org.openqa.selenium.TimeoutException notOpened) {
                if (attempt >= 3 || driver.findElements(By.xpath(row)).isEmpty()) {
                    throw notOpened;
                }
            }
        }
    }

    void submitStartForm() {
        click("//button[normalize-space(.)='Bắt đầu']");
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
    }

    void openRegistrationForm() {
        click("//*[contains(@class,'start-process-action')]//a");
        openFromStartList("Đăng ký tài khoản DLDC");
    }

    /** Form 1658 as Lê Hoàng Yến (ldtb.cv3) fills it, with the citizen id given. */
    void fill(String citizenId) {
        type("1. Họ và tên", "Lê Hoàng Yến");
        date("2. Ngày sinh", java.time.LocalDate.of(1991, 5, 17));
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
        for (int i = 1; i <= 6; i++) {
            click("//label[starts-with(normalize-space(.), '13." + i + ".')]");
        }
    }

    /** The start form's button; a refused start keeps the form open. */
    void submit() {
        click("//button[normalize-space(.)='Bắt đầu']");
    }

    void runJobs() {
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
