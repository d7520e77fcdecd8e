package vn.dldcaccess.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.NewAccount;
import vn.dldcaccess.support.DemoPeople;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: the agency office reconciles its iOffice accounts in the browser: uploads the system's export, reads
 * the run's differences, closes one in the register with a reason and records one found only on the system; a
 * unit head is told she may reconcile nothing.
 */
class ReconciliationBrowserIT extends BrowserTest {
    @Autowired
    AccountRegister register;

    /**
     * ldtb.cv3 keeps no account of this test: the other browser tests of this context count on her accounts (an
     * account left here made a third part of ReviewTasklistBrowserIT's campaign, which then never ended).
     */
    @AfterEach
    void closeTheAccountsItGave() {
        register.accountsOf("ldtb.cv3").stream()
                .filter(a -> a.username().startsWith("web.") && a.status() != AccountStatus.CLOSED)
                .forEach(a -> register.close(a.id(), DemoPeople.actor("ldtb.vp"), "Kết thúc kiểm thử đối soát"));
    }

    @SuppressWarnings("unchecked")
    List<String> differenceRows() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#difference-rows tr')].map(r => r.innerText);");
    }

    WebElement row(String username) {
        return driver.findElement(By.xpath("//tbody[@id='difference-rows']/tr[td[2][normalize-space()='" + username
                + "']]"));
    }

    @Test
    void theOfficeUploadsItsExportAndActsOnTheDifferences() throws Exception {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        var holder = DemoPeople.person("ldtb.cv3");
        var gone = register.open(new NewAccount(AccountSystem.IOFFICE, "web.gone." + n, holder.username(),
                holder.fullName(), null, "SLDTBXH", holder.unitCode(), LocalDate.now().minusDays(9), null),
                DemoPeople.actor("ldtb.vp"));
        Path csv = Files.createTempFile("iOffice-SLDTBXH-", ".csv");
        Files.writeString(csv, "Tên đăng nhập;Trạng thái;Người sử dụng;Họ và tên\nweb.outside." + n
                + ";Hoạt động;ldtb.cv3;Lê Hoàng Yến\n", StandardCharsets.UTF_8);

        login("ldtb.vp");
        driver.get(url("/reconciliation.html"));
        waitUpTo(30).until(d -> !new Select(d.findElement(By.id("system"))).getOptions().isEmpty());
        assertThat(new Select(driver.findElement(By.id("system"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("VNPT-iOffice", "Thư điện tử công vụ");
        new Select(driver.findElement(By.id("system"))).selectByVisibleText("VNPT-iOffice");
        driver.findElement(By.id("file")).sendKeys(csv.toString());
        driver.findElement(By.id("send")).click();
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Đã đối soát DS-"));
        waitUpTo(30).until(d -> differenceRows().stream().anyMatch(r -> r.contains("web.gone." + n)));
        assertThat(row("web.gone." + n).getText()).contains("Còn mở trong sổ theo dõi, không còn trên hệ thống");
        assertThat(row("web.outside." + n).getText()).contains("tạo ngoài quy trình").contains("Lê Hoàng Yến");
        assertThat(driver.findElement(By.id("run-title")).getText()).contains("VNPT-iOffice")
                .contains("Sở Lao động - Thương binh và Xã hội");
        shot("reconciliation-run");

        // close the account gone from iOffice in the register, with the reason
        WebElement goneRow = row("web.gone." + n);
        new Select(goneRow.findElement(By.name("action"))).selectByVisibleText("Sửa sổ theo dõi theo hệ thống");
        goneRow.findElement(By.name("reason")).sendKeys("Đã xóa trên iOffice");
        goneRow.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(30).until(d -> row("web.gone." + n).getText().contains("Đã sửa sổ theo dõi"));
        assertThat(register.account(gone.id()).status()).isEqualTo(AccountStatus.CLOSED);

        // record the account found only on iOffice; the holder comes from the file
        WebElement outsideRow = row("web.outside." + n);
        new Select(outsideRow.findElement(By.name("action"))).selectByVisibleText("Ghi vào sổ theo dõi");
        assertThat(outsideRow.findElement(By.name("holder")).isDisplayed()).isTrue();
        outsideRow.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(30).until(d -> row("web.outside." + n).getText().contains("Đã ghi vào sổ"));
        assertThat(register.accountsOf("ldtb.cv3")).anyMatch(a -> a.username().equals("web.outside." + n));
        shot("reconciliation-acted");
        assertThat(driver.findElement(By.cssSelector("#run-rows a[href$='report.xlsx']")).getText()).isEqualTo("XLSX");

        // a unit head may reconcile nothing
        login("ldtb.tp1");
        driver.get(url("/reconciliation.html"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "không có quyền đối soát"));
        assertThat(driver.findElement(By.id("upload")).isDisplayed()).isFalse();
        assertThat(differenceRows()).isEmpty();
    }
}
