package vn.dldcaccess.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14: each document's wording is a template; a province's override wins, and a broken one is refused. */
class DocumentTextsTest {
    @TempDir
    Path folder;

    DocumentTexts texts(Path f) {
        return new DocumentTexts(new DocumentTextsProperties(f, Duration.ZERO));
    }

    static Map<String, Object> notice() {
        Map<String, Object> m = new HashMap<>(DocumentTemplate.CLOSURE_NOTICE.sample());
        m.put("viTriMoi", null);
        return m;
    }

    @Test
    void theBuiltInNoticeReadsAsBeforeWithOptionalPartsLeftOut() {
        DocumentTexts.Texts t = texts(null).render(DocumentTemplate.CLOSURE_NOTICE, notice());
        // issue 21: a thông báo, its trích yếu under its name; letter 2932 cited with its symbol and date
        assertThat(t.line("ten-van-ban")).isEqualTo("Thông báo");
        assertThat(t.line("trich-yeu")).isEqualTo("Về việc đóng tài khoản của Ngô Đức Thịnh");
        assertThat(t.paragraphs("noi-dung")).hasSize(2).first().asString()
                .startsWith("Thực hiện Công văn số 2932/SLĐTBXH-VP ngày 20/8/2024 của Sở Lao động - Thương binh và Xã hội");
        assertThat(t.paragraphs("noi-dung")).element(1).asString()
                .isEqualTo("Sở Tư pháp thông báo: Ngô Đức Thịnh nghỉ hưu (cơ quan mới: Sở Nội vụ), hoàn thành bàn giao "
                        + "công việc ngày 02/03/2026, hạn đóng tài khoản ngày 09/03/2026. Các tài khoản của người này đã "
                        + "được xử lý như sau:");
        assertThat(t.items("noi-nhan")).containsExactly("Ngô Đức Thịnh;", "Các đơn vị quản trị hệ thống;",
                "Lãnh đạo đơn vị;", "Lưu: VT, VP.");
    }

    @Test
    void aTaskFormsMarkdownEscapesEveryValueAndKeepsTheApplicationsLinks() throws Exception {
        MessageTemplate task = MessageTemplate.task("phieu-cho-cong-van", Map.of());
        String typed = "[bấm](https://evil.example) <b>x</b> # h evil@example.com";
        String md = texts(null).render(task, Map.of("phieu", List.of(Map.of("nhan", typed,
                "duongDan", java.net.URI.create("/api/documents/5"))))).text("noi-dung");
        assertThat(md).contains("- [" + vn.dldcaccess.shared.Markdown.literal(typed) + "](/api/documents/5)")
                .doesNotContain("(https://").doesNotContain("<b>").doesNotContain("evil@");
        // a province's copy of the template cannot turn the escaping off: it is the renderer's, not the template's
        Files.createDirectories(folder.resolve("cong-viec"));
        Files.writeString(folder.resolve("cong-viec/phieu-cho-cong-van.ftl"), "## noi-dung\n<#list phieu as p>${p.nhan}</#list>\n");
        assertThat(texts(folder).render(task, Map.of("phieu", List.of(Map.of("nhan", typed)))).text("noi-dung"))
                .isEqualTo(vn.dldcaccess.shared.Markdown.literal(typed));
        // documents and mails are not a form's Markdown: their values go in as they are
        assertThat(MessageTemplate.plainTask("cong-van-trinh-ky", Map.of()).markdown()).isFalse();
        assertThatThrownBy(() -> texts(null).render(task, Map.of("phieu", List.of(Map.of("nhan", new Object())))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProvincesOverrideWinsAndIsSeenWhileRunning() throws Exception {
        DocumentTexts texts = texts(folder);
        assertThat(texts.render(DocumentTemplate.CLOSURE_NOTICE, notice()).items("noi-nhan")).contains("Lưu: VT, VP.");
        Files.writeString(folder.resolve("thong-bao-dong-tai-khoan.ftl"), Files.readString(
                Path.of("src/main/resources/documents/thong-bao-dong-tai-khoan.ftl")).replace("Lưu: VT, VP.", "Lưu: VT."));
        assertThat(texts.render(DocumentTemplate.CLOSURE_NOTICE, notice()).items("noi-nhan")).contains("Lưu: VT.");
    }

    @Test
    void aBrokenOverrideStopsTheStartNamingFileAndLine() throws Exception {
        Path file = Files.writeString(folder.resolve("bien-ban-ra-soat.ftl"), "## trich-yeu\nRà soát\n## noi-dung\n${coQuan\n");
        assertThatThrownBy(() -> texts(folder)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("line 4");
    }

    @Test
    void anOverrideNamingAValueTheDocumentHasNotOrLosingASectionIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("cong-van-de-nghi-cap.ftl"), Files.readString(
                Path.of("src/main/resources/documents/cong-van-de-nghi-cap.ftl")).replace("${soNguoi}", "${soNguoiKhac}"));
        assertThatThrownBy(() -> texts(folder)).hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("line 14").hasMessageContaining("soNguoiKhac");
        Files.writeString(file, "## ten-van-ban\nCông văn\n## trich-yeu\nV/v đề nghị\n");
        assertThatThrownBy(() -> texts(folder)).hasMessageContaining("section \"## kinh-gui\" is missing");
    }

    @Test
    void aBrokenOverrideOfAMailStopsTheStartToo() throws Exception {
        Files.createDirectories(folder.resolve("thu"));
        Path file = Files.writeString(folder.resolve("thu/dang-ky-tu-choi.ftl"), "## tieu-de\nTừ chối ${so\n");
        MessageTemplate mail = MessageTemplate.of("dang-ky-tu-choi", Map.of("so", "X-1", "nguoi", "A", "lyDo", "B"));
        DocumentTexts texts = texts(folder);
        assertThatThrownBy(() -> new TemplateCheck(texts, List.of(() -> List.of(mail))))
                .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("line 2");
    }

    @Test
    void anOverrideBrokenWhileRunningFallsBackToTheBuiltInWording() throws Exception {
        DocumentTexts texts = texts(folder);
        Files.writeString(folder.resolve("thong-bao-dong-tai-khoan.ftl"), "## trich-yeu\n<#if>\n");
        assertThat(texts.render(DocumentTemplate.CLOSURE_NOTICE, notice()).line("trich-yeu"))
                .isEqualTo("Về việc đóng tài khoản của Ngô Đức Thịnh");
    }
}
