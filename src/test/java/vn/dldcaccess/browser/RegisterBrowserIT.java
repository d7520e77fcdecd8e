package vn.dldcaccess.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.dldcaccess.support.SampleForms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency office's register in the browser: a clerk logs in (the webapps in Vietnamese), filters, searches
 * without diacritics, opens a request's timeline and downloads the list as PDF and XLSX; an applicant does
 * not get in.
 */
class RegisterBrowserIT extends BrowserTest {

    /** A request filed (and, when asked, confirmed) through the engine: the register's data, not its subject. */
    String request(String applicant, String unit, String unitHead, String citizenId, String name, boolean confirm) {
        var identity = engine.getIdentityService();
        identity.setAuthentication(applicant, List.of("applicants"));
        Map<String, Object> v = SampleForms.valid(citizenId, unit, "r" + citizenId + "@angiang.gov.vn");
        v.put("fullName", name);
        var pi = engine.getRuntimeService().startProcessInstanceByKey("Process_AccountRegistration", v);
        if (confirm) {
            identity.setAuthentication(unitHead, List.of("unit-head-" + unit));
            var task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
            engine.getTaskService().complete(task.getId(), Map.of("decision", "CONFIRM"));
        }
        identity.clearAuthentication();
        runJobs();
        return pi.getBusinessKey();
    }

    /** The list's rows as text, read in one script (the page re-renders them while it filters). */
    @SuppressWarnings("unchecked")
    List<String> rows() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#rows tr')].map(r => r.innerText);");
    }

    Path downloaded(String extension) {
        return waitUpTo(30).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith("." + extension)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Test
    void aClerkFiltersSearchesOpensATimelineAndDownloadsTheList() throws Exception {
        String huong = request("ldtb.cv1", "SLDTBXH_VL", "ldtb.tp1", "089190000811", "Nguyễn Thị Hường", false);
        String duc = request("ldtb.cv2", "SLDTBXH_NCC", "ldtb.tp2", "089190000812", "Trần Văn Đức", true);

        login("ldtb.vp");
        // the Tasklist speaks Vietnamese to an English browser
        assertThat(driver.findElement(By.cssSelector(".start-process-action a")).getText()).contains("Bắt đầu quy trình");
        driver.get(url("/register.html"));
        waitUpTo(30).until(d -> rows().stream().anyMatch(r -> r.contains(duc)));
        assertThat(new Select(driver.findElement(By.id("agency"))).getOptions()).extracting(WebElement::getText)
                .contains("Sở Lao động - Thương binh và Xã hội").doesNotContain("Sở Tư pháp");

        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Đăng ký tài khoản");
        driver.findElement(By.id("q")).sendKeys("nguyen thi huong");
        driver.findElement(By.id("apply")).click();
        waitUpTo(30).until(d -> rows().stream().anyMatch(r -> r.contains(huong)) && rows().stream().noneMatch(r -> r.contains(duc)));
        assertThat(rows()).allSatisfy(r -> assertThat(r).contains("Nguyễn Thị Hường"));
        shot("register-search");

        // issue 13: the date filters are typed dd/MM/yyyy in an English browser too; an impossible day is named
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        WebElement from = driver.findElement(By.id("from"));
        assertThat(from.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        from.sendKeys("31/02/2026");
        driver.findElement(By.id("apply")).click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "từ ngày \"31/02/2026\" không phải ngày dạng dd/MM/yyyy"));
        // issue 21: the refused filter leaves no rows of the earlier one, and no export of the refused date
        waitUpTo(10).until(d -> rows().isEmpty());
        assertThat(driver.findElement(By.id("list")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("export-xlsx")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("export-xlsx")).getAttribute("href")).doesNotContain("31%2F02");
        from.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), today);
        driver.findElement(By.id("apply")).click();
        waitUpTo(30).until(d -> d.getCurrentUrl().contains("from=" + java.net.URLEncoder.encode(today,
                java.nio.charset.StandardCharsets.UTF_8)) && rows().stream().anyMatch(r -> r.contains(huong)));
        assertThat(driver.findElement(By.id("message")).getText()).isEmpty();
        shot("register-date-filter");

        driver.findElement(By.linkText(huong)).click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Lãnh đạo đơn vị xác nhận"));
        String timeline = driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Đã nộp, chờ lãnh đạo đơn vị xác nhận").contains("Nguyễn Thị Hường").contains("đang chờ");
        assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Đăng ký tài khoản " + huong);
        assertThat(driver.findElement(By.id("summary")).getText()).contains("Phòng Việc làm - An toàn lao động");
        shot("register-timeline");

        driver.navigate().back();
        waitUpTo(30).until(d -> rows().stream().anyMatch(r -> r.contains(huong)));
        driver.findElement(By.id("export-xlsx")).click();
        Path xlsx = downloaded("xlsx");
        driver.findElement(By.id("export-pdf")).click();
        Path pdf = downloaded("pdf");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(4).getCell(1).getStringCellValue()).isNotEmpty();
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("Tìm: \"nguyen thi huong\"");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("SỔ THEO DÕI YÊU CẦU TÀI KHOẢN").contains(huong);
        }

        // the dashboard of the office's agency, per unit
        driver.get(url("/dashboard.html"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups"), "Phòng Việc làm - An toàn lao động"));
        assertThat(driver.findElement(By.id("stages")).getText()).contains("Đã nộp, chờ lãnh đạo đơn vị xác nhận");
        shot("register-dashboard");
    }

    @Test
    void anApplicantHasNoAccessToTheRegister() {
        login("ldtb.cv1");
        driver.get(url("/register.html"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Sổ theo dõi chỉ dành cho Văn phòng cơ quan"));
        assertThat(rows()).isEmpty();
        // issue 21: the refusal alone, no empty table under it
        assertThat(driver.findElement(By.id("list")).isDisplayed()).isFalse();
        driver.get(url("/dashboard.html"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Sổ theo dõi chỉ dành cho Văn phòng cơ quan"));
        assertThat(driver.findElement(By.id("figures")).isDisplayed()).isFalse();
    }

    /** Logged out (or the session gone), our pages ask for a log-in instead of showing an empty list. */
    @Test
    void loggedOutTheRegisterAsksForALogIn() {
        driver.manage().deleteAllCookies();
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("/register.html", "message");
        pages.put("/dashboard.html", "message");
        pages.put("/accounts.html", "message");
        pages.put("/outbox.html", "message");
        pages.put("/request.html?number=SLĐTBXH-2026-000001", "message");
        pages.put("/pc06-reply.html", "result");
        pages.put("/my-requests.html", "message");
        for (java.util.Map.Entry<String, String> page : pages.entrySet()) {
            driver.get(url(page.getKey()));
            waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id(page.getValue()),
                    "Anh/Chị chưa đăng nhập hoặc phiên làm việc đã hết hạn."));
            assertThat(driver.findElement(By.linkText("Đăng nhập")).getAttribute("href"))
                    .endsWith("/camunda/app/welcome/default/#!/login");
        }
        shot("register-logged-out");
    }

    @Test
    void cockpitAndAdminSpeakVietnamese() {
        login("demo");
        driver.get(url("/camunda/app/cockpit/default/"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Quy trình"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Hồ sơ đang chạy"));
        shot("cockpit-vi");
        driver.get(url("/camunda/app/admin/default/#/users"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Danh sách người dùng"));
        shot("admin-vi");
    }
}
