package vn.dldcaccess.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.dldcaccess.support.ChainClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, as each person meets it in Chromium (an English browser): the giấy ủy quyền picked by name and
 * accepted by the delegate in her own task; every page of each role with one header; the outbox in HTML with
 * Vietnamese dates; a session that is gone asks for a log-in.
 */
class WorkdayBrowserIT extends BrowserTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    void recordAccount(String office, String holder, String system, String username) {
        var identity = engine.getIdentityService();
        identity.setAuthentication(office, List.of("office-SLDTBXH"));
        engine.getRuntimeService().startProcessInstanceByKey("Process_AccountRecording", Map.of("accountSystem", system,
                "holderUsername", holder, "accountUsername", username, "grantedOn", TODAY.toString()));
        identity.clearAuthentication();
    }

    @Test
    void theHolderPicksHerDelegateByNameAndTheDelegateAcceptsInHerOwnTask() {
        recordAccount("ldtb.vp", "ldtb.cv2", "IOFFICE", "ductv.io.browser");
        login("ldtb.cv2");
        startProcess("Giấy ủy quyền sử dụng tài khoản");
        select("Tài khoản ủy quyền", "VNPT-iOffice");
        // colleagues by name and position, never a log-in to type
        click("//label[starts-with(normalize-space(.), 'Người được ủy quyền')]/ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//*[contains(@class,'fjs-input-group') or contains(@class,'fjs-select-display')][1]");
        String offered = driver.findElement(By.cssSelector(".fjs-dropdownlist")).getText();
        assertThat(offered).contains("Lê Hoàng Yến — Chuyên viên, Phòng Việc làm - An toàn lao động")
                .doesNotContain("ldtb.").doesNotContain("Trần Văn Đức").doesNotContain("Đặng Minh Khôi");
        shot("delegate-picked-by-name");
        // issue 21: typed without diacritics, as the register's search takes it, "hoang yen" finds "Hoàng Yến" ("yen"
        // alone finds "Nguyễn" too, as the register's search does)
        driver.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Người được ủy quyền')]/ancestor::div"
                + "[contains(@class,'fjs-form-field')][1]//input")).sendKeys("hoang yen");
        // the list narrows to her as the letters are typed
        waitUpTo(10).until(d -> {
            String narrowed = d.findElement(By.cssSelector(".fjs-dropdownlist")).getText();
            return narrowed.contains("Lê Hoàng Yến") && !narrowed.contains("Nguyễn Thị Hường");
        });
        shot("delegate-found-without-diacritics");
        click("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), 'Lê Hoàng Yến')]");
        date("Từ ngày", TODAY.plusDays(3));
        date("Đến hết ngày", TODAY.plusDays(5));
        select("Lý do", "Đi công tác");
        type("Phạm vi ủy quyền", "Tiếp nhận văn bản đến của phòng");
        type("Trách nhiệm của người ủy quyền", "Bàn giao đúng phạm vi");
        type("Trách nhiệm của người được ủy quyền", "Không chia sẻ tài khoản");
        submitStartForm();
        WebElement started = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("dldc-started")));
        String key = started.findElement(By.cssSelector(".dldc-number")).getText();
        assertThat(key).startsWith("UQ-");

        // the delegate's own task says whose letter it is; it is hers, nothing to claim
        login("ldtb.cv3");
        WebElement entry = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//a[starts-with(normalize-space(.), 'Người được ủy quyền nhận')]")));
        assertThat(entry.getText()).isEqualTo("Người được ủy quyền nhận: Trần Văn Đức — " + key);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Giấy ủy quyền sử dụng tài khoản");
        openTask("Người được ủy quyền nhận");
        assertThat(formText()).contains("Người ủy quyền: Trần Văn Đức").contains("Không chia sẻ tài khoản");
        choose("Đồng ý nhận ủy quyền");
        shot("delegate-accepts");
        completeTask();

        // only then does the unit head have it
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_ApproveAuthorization");
        driver.get(url("/my-requests.html"));
        WebElement row = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[@id='requests']//tr[td[normalize-space(.)='" + key + "']]")));
        assertThat(row.getText()).contains("Người được ủy quyền").contains("Chờ lãnh đạo đơn vị duyệt")
                .contains("Lãnh đạo đơn vị duyệt — Phạm Quốc Việt (Trưởng phòng)");
        shot("delegate-my-requests");
    }

    @Test
    void eachRoleOpensItsPagesUnderOneHeader() {
        // the applicant, the office, PC06, a unit head, the director, the aggregator, the TTHC administrator
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        byRole.put("ldtb.cv1", List.of("/my-requests.html", "/accounts.html", "/outbox.html", "/verify.html"));
        byRole.put("ldtb.vp", List.of("/my-requests.html", "/accounts.html", "/register.html", "/dashboard.html",
                "/outbox.html"));
        byRole.put("pc06.cb", List.of("/my-requests.html", "/pc06-reply.html", "/outbox.html"));
        byRole.put("ldtb.tp1", List.of("/my-requests.html", "/accounts.html"));
        byRole.put("ldtb.gd", List.of("/my-requests.html", "/outbox.html"));
        byRole.put("stttt.cv", List.of("/register.html", "/dashboard.html", "/pc06-reply.html"));
        byRole.put("tthc.qt", List.of("/my-requests.html", "/accounts.html"));
        for (Map.Entry<String, List<String>> role : byRole.entrySet()) {
            login(role.getKey());
            for (String page : role.getValue()) {
                driver.get(url(page));
                WebElement header = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("header.dldc button#logout")));
                String nav = driver.findElement(By.cssSelector("header.dldc")).getText();
                assertThat(nav).as(role.getKey() + " " + page).contains("Hồ sơ của tôi").contains("Công việc")
                        .contains("Đăng xuất");
                assertThat(driver.findElement(By.cssSelector("header.dldc a[aria-current=page]")).getAttribute("href"))
                        .endsWith(page);
                assertThat(header.isDisplayed()).isTrue();
                List<WebElement> message = driver.findElements(By.id("message"));
                if (!message.isEmpty()) {
                    assertThat(message.get(0).getText()).as(role.getKey() + " " + page)
                            .doesNotContain("không có quyền").doesNotContain("chưa đăng nhập").doesNotContain("Lỗi");
                }
                shot("page-" + role.getKey().replace('.', '-') + page.replace('/', '-').replace(".html", ""));
            }
        }
        // the office's accounts page opens on its own agency, and a closed account has no password due
        login("ldtb.vp");
        // issue 21: the Tasklist's header offers the office's register and dashboard, as every page's header does
        waitUpTo(30).until(d -> tasklistHeaderLinks().containsAll(List.of("Hồ sơ của tôi", "Sổ theo dõi", "Bảng tổng hợp")));
        assertThat(tasklistHeaderLinks()).doesNotContain("Kết quả PC06");
        driver.get(url("/accounts.html"));
        waitUpTo(30).until(d -> "SLDTBXH".equals(d.findElement(By.id("agency")).getAttribute("value")));
        assertThat(driver.findElement(By.id("agency")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("agency-hint")).getText()).contains("cơ quan Anh/Chị (SLDTBXH)");
        // every mail is the administrators' box only
        driver.get(url("/outbox.html"));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.dldc button#logout")));
        assertThat(driver.findElement(By.id("all-box")).isDisplayed()).isFalse();
        login("stttt.cv");
        waitUpTo(30).until(d -> tasklistHeaderLinks().containsAll(List.of("Sổ theo dõi", "Kết quả PC06")));
        // logged out, the Tasklist's header has none of the application's pages
        driver.manage().deleteAllCookies();
        driver.get(url("/camunda/app/tasklist/default/"));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        assertThat(tasklistHeaderLinks()).isEmpty();
        // an applicant's header has no register
        login("ldtb.cv1");
        driver.get(url("/my-requests.html"));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.dldc button#logout")));
        assertThat(driver.findElement(By.cssSelector("header.dldc")).getText()).doesNotContain("Sổ theo dõi");
        // nor the agency box on the accounts page (it is for the office's roles)
        driver.get(url("/accounts.html"));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.dldc button#logout")));
        assertThat(driver.findElement(By.id("agency")).isDisplayed()).isFalse();
    }

    java.util.List<String> tasklistHeaderLinks() {
        return driver.findElements(By.cssSelector("nav.cam-nav.app-menu li.dldc-link a")).stream()
                .map(e -> e.getAttribute("textContent").trim()).toList();
    }

    @Test
    void theOutboxShowsTheMailAsHtmlWithVietnameseDatesAndNoMarkup() {
        recordAccount("ldtb.vp", "ldtb.tp1", "OFFICIAL_EMAIL", "haltt.browser@angiang.gov.vn");
        var identity = engine.getIdentityService();
        identity.setAuthentication("ldtb.tp1", List.of("applicants"));
        engine.getRuntimeService().startProcessInstanceByKey("Process_AuthorizationLetter", Map.of(
                "accountSystem", "OFFICIAL_EMAIL", "delegateUsername", "ldtb.tp2", "validFrom", TODAY.plusDays(10).toString(),
                "validTo", TODAY.plusDays(11).toString(), "reasonCode", "NGHI_PHEP", "scope", "Nhận thư **quan trọng**",
                "holderDuties", "Bàn giao", "delegateDuties", "Giữ bí mật"));
        identity.clearAuthentication();
        login("ldtb.tp2");
        driver.get(url("/outbox.html"));
        WebElement row = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='rows']/tr[td[normalize-space(.)='Đề nghị nhận ủy quyền sử dụng tài khoản']]")));
        String text = row.getText();
        assertThat(text).matches("(?s)\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*").contains("Phạm Quốc Việt <vietpq@angiang.gov.vn>")
                .contains("Lê Thị Thu Hà đề nghị ủy quyền cho Anh/Chị").doesNotContain("**").doesNotContain("ldtb.tp2");
        shot("outbox-html");
    }

    @Autowired
    TestRestTemplate rest;

    /**
     * Issue 21: a unit head logs in from one of the application's pages, browses them, and only then opens the
     * Tasklist in the same session: its form is accepted (the session's CSRF token reaches the Tasklist whichever
     * page made it), and "Hoàn thành" at the bottom of a long form is not under the Tasklist's footer.
     */
    @Test
    void theTasklistOpenedAfterTheApplicationsPagesCompletesAForm() throws Exception {
        OutcomeSetups setups = new OutcomeSetups(new ChainClient(rest), engine);
        String key = setups.registration("ldtb.cv1", "089190003301", "SLDTBXH_VL", "huongnt.csrf@angiang.gov.vn",
                "NU", "1990-03-02");
        String confirm = setups.task("ldtb.tp1", key, "Task_ConfirmByUnitHead");
        // logged out, on the application's own page: its log-in link, then the log-in there
        driver.manage().deleteAllCookies();
        driver.get(url("/my-requests.html"));
        waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#message a"))).click();
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("ldtb.tp1");
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo" + Keys.ENTER);
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        for (String page : List.of("/my-requests.html", "/accounts.html", "/my-requests.html")) {
            driver.get(url(page));
            waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.dldc button#logout")));
        }
        openTaskById(confirm);
        waitUpTo(30).until(d -> formText().contains("Nguyễn Thị Hường"));
        choose("Xác nhận nhu cầu khai thác");
        // the form's button, as far down as the page goes: its whole face is the button, none of it the footer
        WebElement done = driver.findElement(By.xpath("//button[normalize-space(.)='Hoàn thành']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'end'})", done);
        @SuppressWarnings("unchecked")
        List<Boolean> visible = (List<Boolean>) ((JavascriptExecutor) driver).executeScript(
                "const b = arguments[0], r = b.getBoundingClientRect(), x = r.left + r.width / 2;"
                        + "return [r.top + r.height / 2, r.bottom - 2, r.top + 2].map(y => {"
                        + "  const e = document.elementFromPoint(x, y); return !!e && (e === b || b.contains(e)); });",
                done);
        shot("tasklist-after-pages-button");
        assertThat(visible).as("the button at its centre, bottom and top").containsExactly(true, true, true);
        completeTask();
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("thiếu mã bảo vệ");
        setups.jobs();
        assertThat(engine.getTaskService().createTaskQuery().taskId(confirm).count()).as("the task is done").isZero();
        assertThat(setups.at(key, "Event_IncludedInAgencyLetter")).as("confirmed, waits for the agency letter").isTrue();
    }

    @Test
    void aSessionThatIsGoneAsksForALogInOnEveryPage() {
        login("ldtb.cv1");
        driver.get(url("/my-requests.html"));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.dldc button#logout")));
        // the session times out (15 minutes): the test drops it rather than waiting
        driver.manage().deleteAllCookies();
        for (String page : List.of("/my-requests.html", "/accounts.html", "/outbox.html")) {
            driver.get(url(page));
            waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                    "Anh/Chị chưa đăng nhập hoặc phiên làm việc đã hết hạn."));
            assertThat(driver.findElement(By.cssSelector("header.dldc")).getText()).contains("Đăng nhập")
                    .doesNotContain("Đăng xuất");
        }
        shot("session-gone");
    }
}
