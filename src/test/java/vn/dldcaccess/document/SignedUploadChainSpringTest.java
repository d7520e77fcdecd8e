package vn.dldcaccess.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.SigningMode;
import vn.dldcaccess.organization.SigningRules;
import vn.dldcaccess.organization.TestSigningRules;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.SampleForms;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, upload mode, in the running application: the director of an agency that signs its letters with the
 * signer's own token gets the letter to sign, is refused until a valid upload of it signed by him exists, and
 * the upload becomes the document of record, verifiable on the open page.
 */
class SignedUploadChainSpringTest extends AbstractSpringTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    /** A certificate from the demo run's own CA, which the running application trusts. */
    static Pki.Issued fromDemoCa(String subject) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of("data/demo-pki/seals.p12"))) {
            keys.load(in, "demo".toCharArray());
        }
        X509Certificate caCert = (X509Certificate) keys.getCertificate("demo-ca");
        Pki.Issued ca = new Pki.Issued(new KeyPair(caCert.getPublicKey(),
                (PrivateKey) keys.getKey("demo-ca", "demo".toCharArray())), caCert);
        return Pki.signer(subject, ca, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
    }

    String verdict(byte[] file) throws Exception {
        ResponseEntity<String> r = new ChainClient(rest).upload(null, "/api/verify", "van-ban.pdf", file);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.getBody()).get("verdict").asText();
    }

    record Applicant(String user, String unitHead, String unit, String citizenId, String name, String email) {
    }

    /** One confirmed request in a letter the office has prepared, waiting for its director: the letter's key. */
    String preparedLetter(ChainClient client, Applicant a, String office, String number) throws Exception {
        Map<String, Object> form = SampleForms.valid(a.citizenId(), a.unit(), a.email());
        form.put("fullName", a.name());
        String request = client.start(a.user(), "Process_AccountRegistration", form);
        client.ok(client.complete(a.unitHead(), client.task(a.unitHead(), request, null), Map.of("decision", "CONFIRM")));
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
        String key = client.start(office, "Process_AgencySubmission", Map.of());
        client.ok(client.complete(office, client.task(office, key, "Task_PrepareAgencyLetter"), Map.of(
                "includedRequestNumbers", client.jsonList(java.util.List.of(request)), "letterNumber", number,
                "letterDate", LocalDate.now().toString())));
        return key;
    }

    /** A province's override of the agency letter's template, dropped into its folder while the application runs. */
    @Test
    void aProvincesOwnWordingOfTheLetterIsUsedWithoutARestart() throws Exception {
        ChainClient client = new ChainClient(rest);
        Path override = AbstractSpringTest.TEMPLATES.resolve("cong-van-de-nghi-cap.ftl");
        Files.writeString(override, Files.readString(Path.of("src/main/resources/documents/cong-van-de-nghi-cap.ftl"))
                .replace("Trân trọng./.", "Xin trân trọng cảm ơn./."));
        try {
            String key = preparedLetter(client, new Applicant("stp.cv2", "stp.tp2", "STP_BTTP", "079190000782",
                    "Bùi Thị Mỹ Linh", "linhbtm@angiang.gov.vn"), "stp.vp", "452");
            String sign = client.task("stp.gd", key, "Task_SignByDirector");
            String draft = client.pdfText("stp.gd", client.variable("stp.gd", sign, "letterDocumentUrl").asText());
            assertThat(draft).contains("Xin trân trọng cảm ơn./.").doesNotContain("Trân trọng./.");
            client.ok(client.complete("stp.gd", sign, Map.of("directorDecision", "SIGN")));
        } finally {
            Files.deleteIfExists(override);
        }
    }

    @Test
    void theDirectorSignsWithHisOwnTokenAndTheUploadIsTheLetterOfRecord() throws Exception {
        ChainClient client = new ChainClient(rest);
        Map<String, Map<String, SigningMode>> modes = new HashMap<>(organization.signing().modes());
        modes.put("SLDTBXH", Map.of("AGENCY_LETTER", SigningMode.UPLOAD));
        SigningRules before = TestSigningRules.replace(organization, new SigningRules(modes,
                Map.of("ldtb.gd", TestPki.DIRECTOR_DN)));
        try {
            String key = preparedLetter(client, new Applicant("ldtb.cv2", "ldtb.tp2", "SLDTBXH_NCC", "079190000781",
                    "Trần Văn Đức", "ductv@angiang.gov.vn"), "ldtb.vp", "451");
            String sign = client.task("ldtb.gd", key, "Task_SignByDirector");
            assertThat(client.variable("ldtb.gd", sign, "signingUrl").asText())
                    .isEqualTo("/sign.html?letter=" + key);

            // the letter to sign is the letter itself, without the draft mark; only the director may fetch it here
            assertThat(rest.withBasicAuth("ldtb.vp", "demo").getForEntity("/api/agency-letters/" + key + "/to-sign",
                    String.class).getStatusCode().value()).isEqualTo(403);
            JsonNode toSign = client.json.readTree(rest.withBasicAuth("ldtb.gd", "demo")
                    .getForObject("/api/agency-letters/" + key + "/to-sign", String.class));
            byte[] draft = rest.withBasicAuth("ldtb.gd", "demo").getForObject(toSign.get("documentUrl").asText(), byte[].class);
            try (PDDocument doc = Loader.loadPDF(draft)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Số: 451/SLĐTBXH-VP").doesNotContain("DỰ THẢO")
                        .doesNotContain("Đã ký");
            }

            ResponseEntity<String> early = client.complete("ldtb.gd", sign, Map.of("directorDecision", "SIGN"));
            assertThat(early.getStatusCode().value()).isEqualTo(400);
            assertThat(early.getBody()).contains("vui lòng tải lên bản đã ký");

            Pki.Issued someoneElse = fromDemoCa("CN=Trần Văn Đức,O=Sở Lao động - Thương binh và Xã hội,C=VN");
            ResponseEntity<String> wrong = client.upload("ldtb.gd", "/api/agency-letters/" + key + "/signed", "a.pdf",
                    PdfSeal.seal(draft, someoneElse.keys().getPrivate(), new X509Certificate[]{someoneElse.certificate()},
                            "An Giang", java.time.ZonedDateTime.now()));
            assertThat(wrong.getStatusCode().value()).isEqualTo(400);
            assertThat(client.json.readTree(wrong.getBody()).get("message").asText())
                    .contains("Chứng thư số không phải của người ký: chứng thư cấp cho \"Trần Văn Đức\"");
            assertThat(client.task("ldtb.gd", key, "Task_SignByDirector")).as("the task stays open").isEqualTo(sign);

            // issue 23: hostile files through the director's upload are refused in words like on the open page
            for (String hostile : java.util.List.of("field tree 5 000 deep", "1 100 signature fields (4.9 MB)",
                    "cross-reference stream inflating to 1 GiB")) {
                ResponseEntity<String> r = client.upload("ldtb.gd", "/api/agency-letters/" + key + "/signed", "a.pdf",
                        HostilePdfs.all().get(hostile).file().get());
                assertThat(r.getStatusCode().value()).as(hostile).isEqualTo(400);
                assertThat(client.json.readTree(r.getBody()).get("message").asText()).as(hostile)
                        .startsWith("Văn bản đã ký chưa được chấp nhận: Tệp PDF vượt giới hạn xử lý của hệ thống");
            }

            Pki.Issued director = fromDemoCa(TestPki.DIRECTOR_DN);
            // issue 23: a first upload, replaced by a second before he issues it, is named as replaced
            byte[] earlier = PdfSeal.seal(draft, director.keys().getPrivate(),
                    new X509Certificate[]{director.certificate()}, "An Giang", java.time.ZonedDateTime.now());
            assertThat(client.upload("ldtb.gd", "/api/agency-letters/" + key + "/signed", "lan-1.pdf", earlier)
                    .getStatusCode().value()).isEqualTo(200);
            assertThat(verdict(earlier)).isEqualTo("Tệp này là bản đã ký số được tải lên nhưng chưa được ban hành.");
            byte[] signed = PdfSeal.seal(draft, director.keys().getPrivate(),
                    new X509Certificate[]{director.certificate()}, "An Giang", java.time.ZonedDateTime.now().plusSeconds(1));
            ResponseEntity<String> accepted = client.upload("ldtb.gd", "/api/agency-letters/" + key + "/signed",
                    "cong-van-da-ky.pdf", signed);
            assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
            assertThat(verdict(earlier)).isEqualTo("Tệp này là bản đã bị thay thế hoặc hủy, không còn giá trị.");
            client.ok(client.complete("ldtb.gd", sign, Map.of("directorDecision", "SIGN")));

            // only the letter of record is "issued"; the copy given for signing and the replaced upload say what they are
            assertThat(verdict(signed)).isEqualTo("Văn bản nguyên vẹn, đúng bản do hệ thống phát hành; chữ ký số hợp lệ.");
            assertThat(verdict(draft)).isEqualTo("Tệp này là bản trình ký chưa được ký số, không phải văn bản ban hành.");
            assertThat(verdict(earlier)).startsWith("Tệp này là bản đã bị thay thế hoặc hủy, không còn giá trị; văn bản "
                    + "có giá trị là Công văn đề nghị cấp tài khoản số 451/SLĐTBXH-VP phát hành lúc ");

            long letter = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
            Long doc = jdbc.queryForObject("select document_id from sub_agency_letter where id = ?", Long.class, letter);
            byte[] ofRecord = rest.withBasicAuth("stttt.cv", "demo").getForObject("/api/documents/" + doc, byte[].class);
            assertThat(ofRecord).isEqualTo(signed);
            assertThat(jdbc.queryForObject("select official_number from doc_document where id = ?", String.class, doc))
                    .isEqualTo("451/SLĐTBXH-VP");
        } finally {
            TestSigningRules.replace(organization, before);
        }
    }
}
