package vn.dldcaccess.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.LetterData;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.SignatureBlock;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, as a person sees it: the open verification page, and the signing page asking for a log-in. */
class DocumentsBrowserIT extends BrowserTest {
    @Autowired
    DocumentStore store;
    @Autowired
    PdfDocuments pdf;
    @Autowired
    TestRestTemplate rest;

    byte[] sealedLetter() {
        LetterData data = new LetterData(new OfficialHeader("UBND TỈNH AN GIANG", "Sở Tư pháp", "Số: 88/STP-VP",
                "V/v đề nghị cấp tài khoản", "An Giang", LocalDate.now()), "Sở Thông tin và Truyền thông",
                List.of("Sở Tư pháp đề nghị cấp tài khoản cho công chức có tên trong danh sách.", "Trân trọng./."),
                "DANH SÁCH", List.of("STT", "Họ và tên"), new float[]{1, 5},
                LetterData.single(List.of(List.of("1", "Ngô Đức Thịnh"))), List.of("Như trên;", "Lưu: VT, VP."),
                SignatureBlock.signedOnSystem("GIÁM ĐỐC", "Trương Thị Bích Ngọc", LocalDate.now()), "Công văn");
        DocumentRef ref = store.store(DocumentKind.AGENCY_LETTER, "cv-88.pdf", pdf.letterWithList(data, true), "STP",
                null, null, "88/STP-VP");
        return rest.withBasicAuth("stp.vp", "demo").getForObject("/api/documents/" + ref.id(), byte[].class);
    }

    String check(Path file) {
        driver.get(url("/verify.html"));
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#check button")).click();
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText();
    }

    @Test
    void anyoneChecksAnIssuedLetterAndSeesAChangedCopyForWhatItIs() throws Exception {
        driver.manage().deleteAllCookies();
        byte[] issued = sealedLetter();
        Path dir = Files.createTempDirectory("verify");
        Path good = Files.write(dir.resolve("cong-van-88.pdf"), issued);
        assertThat(check(good)).isEqualTo("Văn bản nguyên vẹn, đúng bản do hệ thống phát hành; chữ ký số hợp lệ.");
        String page = driver.findElement(By.id("result")).getText();
        assertThat(page).contains("Công văn đề nghị cấp tài khoản số 88/STP-VP").contains("Sở Tư pháp").contains("Hợp lệ");
        shot("verify-issued-letter");

        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(issued)) {
            doc.getDocumentInformation().setTitle("Đã sửa");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(changed);
        }
        Path bad = Files.write(dir.resolve("cong-van-88-sua.pdf"), changed.toByteArray());
        assertThat(check(bad)).isEqualTo("Bản gốc do hệ thống phát hành, nhưng tệp đã bị thay đổi sau đó: thông tin văn "
                + "bản (tiêu đề, tác giả, số).");
        assertThat(driver.findElement(By.id("result")).getText())
                .contains("Có nội dung được thêm vào sau chữ ký này: thông tin văn bản (tiêu đề, tác giả, số).");
        shot("verify-changed-copy");

        // issue 23: a draft says it is one; a bomb is refused in words
        DocumentRef draft = store.store(DocumentKind.AGENCY_LETTER, "du-thao.pdf",
                pdf.letterWithList(vn.dldcaccess.document.PdfDocumentsTestAccess.letter(1), false), "STP", null, null, null);
        Path draftFile = Files.write(dir.resolve("du-thao.pdf"),
                rest.withBasicAuth("stp.vp", "demo").getForObject("/api/documents/" + draft.id(), byte[].class));
        assertThat(check(draftFile)).isEqualTo("Tệp này là bản dự thảo, không phải văn bản ban hành.");
        shot("verify-draft");
        Path bomb = Files.write(dir.resolve("bom.pdf"), vn.dldcaccess.document.PdfDocumentsTestAccess.bomb());
        driver.get(url("/verify.html"));
        driver.findElement(By.id("file")).sendKeys(bomb.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#check button")).click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"),
                "Tệp PDF vượt giới hạn xử lý của hệ thống (dữ liệu nén giải nén quá lớn)"));
        shot("verify-bomb-refused");

        Path notPdf = Files.writeString(dir.resolve("ghi-chu.pdf"), "không phải PDF");
        driver.get(url("/verify.html"));
        driver.findElement(By.id("file")).sendKeys(notPdf.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("#check button")).click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"),
                "Tệp không phải là tệp PDF đọc được."));
    }

    @Test
    void theSigningPageAsksForALogInAndRefusesWhoIsNotTheDirector() {
        driver.manage().deleteAllCookies();
        driver.get(url("/sign.html?letter=CV-SLDTBXH-999999"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"),
                "Vui lòng đăng nhập Tasklist rồi mở lại trang này."));
        login("ldtb.vp");
        driver.get(url("/sign.html?letter=CV-SLDTBXH-999999"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"),
                "Không"));
        assertThat(driver.findElement(By.id("upload")).isDisplayed()).isFalse();
        shot("sign-page-not-for-office");
    }
}
