package vn.dldcaccess.aggregation;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;

import static vn.dldcaccess.support.DemoPeople.actor;
import static vn.dldcaccess.support.DemoPeople.admin;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregator's rules that need no database: reading replies, typed decisions, entity guards. */
class AggregationRulesTest {
    /** Who signs a batch about nobody of the aggregator. */
    static final Deciders LEADERS = vn.dldcaccess.organization.TestOrganization.demo()
            .roleBut(vn.dldcaccess.organization.Role.AGGREGATOR_LEADER, null, List.of("stp.cv1"));
    final ReplyFileReader reader = new ReplyFileReader();

    @Test
    void csvWithVietnameseHeadersSemicolonsAndBom() {
        String csv = "\uFEFFSố phiếu;Số định danh cá nhân;Kết quả;Lý do\n"
                + "STP-2026-000001;079190000604;Đồng ý;\n"
                + "\n"
                + "STP-2026-000002;079190000605;  không đồng ý ;Sai thông tin\n";
        List<ReplyRow> rows = reader.read("tra-loi.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(0).decision()).isEqualTo(Decision.APPROVED);
        assertThat(rows.get(1).row()).isEqualTo(4);
        assertThat(rows.get(1).decision()).isEqualTo(Decision.REJECTED);
        assertThat(rows.get(1).reason()).isEqualTo("Sai thông tin");
    }

    @Test
    void aRevocationRowSaysItWasRevokedOnlyInSoManyWords() {
        // issue 22: PC06's "Đã thu hồi" confirms a revocation; "chưa / không thu hồi" or a decision does not
        for (String yes : List.of("Đã thu hồi", "  đã THU HỒI ", "da thu hoi", "Thu hồi", "revoked")) {
            assertThat(new ReplyRow(2, "TH-3", "079190000901", yes, null).revoked()).as(yes).isTrue();
        }
        for (String no : List.of("Chưa thu hồi", "Không thu hồi", "Đồng ý", "", "thu hồi một phần")) {
            assertThat(new ReplyRow(2, "TH-3", "079190000901", no, null).revoked()).as(no).isFalse();
        }
    }

    @Test
    void xlsxWithNumericCitizenIdKeepsWhatTheCellShows() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("Request number");
            h.createCell(1).setCellValue("Citizen ID");
            h.createCell(2).setCellValue("Decision");
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("SLĐTBXH-2026-000003");
            r.createCell(1).setCellValue("079190000603");
            r.createCell(2).setCellValue("APPROVED");
            wb.write(out);
            List<ReplyRow> rows = reader.read("reply.XLSX", out.toByteArray());
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.requestNumber()).isEqualTo("SLĐTBXH-2026-000003");
                assertThat(row.citizenId()).isEqualTo("079190000603");
                assertThat(row.decision()).isEqualTo(Decision.APPROVED);
                assertThat(row.reason()).isNull();
            });
        }
    }

    @Test
    void unreadableFilesAreRefusedInVietnamese() {
        assertThatThrownBy(() -> reader.read("tra-loi.pdf", new byte[]{1}))
                .isInstanceOf(AggregationException.class)
                .satisfies(e -> assertThat(((AggregationException) e).vietnameseMessage()).isEqualTo("Chỉ nhận tệp CSV hoặc XLSX."));
        assertThatThrownBy(() -> reader.read("a.csv", "Họ tên;Kết quả\nA;Đồng ý\n".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(((AggregationException) e).vietnameseMessage())
                        .isEqualTo("Dòng tiêu đề của tệp thiếu cột: Số phiếu, Số định danh."));
        assertThatThrownBy(() -> reader.read("a.csv", new byte[0]))
                .satisfies(e -> assertThat(((AggregationException) e).vietnameseMessage()).isEqualTo("Tệp không có dòng nào."));
    }

    @Test
    void decisionWordsWithAndWithoutDiacritics() {
        assertThat(row("Đồng ý").decision()).isEqualTo(Decision.APPROVED);
        assertThat(row("dong y").decision()).isEqualTo(Decision.APPROVED);
        assertThat(row("Duyệt").decision()).isEqualTo(Decision.APPROVED);
        assertThat(row("Không đồng ý").decision()).isEqualTo(Decision.REJECTED);
        assertThat(row("Từ chối").decision()).isEqualTo(Decision.REJECTED);
        assertThat(row("chờ xem xét").decision()).isNull();
        assertThat(row("").decision()).isNull();
    }

    static ReplyRow row(String decision) {
        return new ReplyRow(2, "A", "0", decision, null);
    }

    @Test
    void typedDecisionsTakeEachReasonOrTheCommonOne() {
        List<DecisionInput> in = TypedDecisions.parse(List.of("A-1"), List.of("A-2", "A-3"),
                "A-2: Sai số định danh\nKhông thuộc đối tượng được cấp");
        assertThat(in).containsExactly(
                new DecisionInput(0, "A-1", null, Decision.APPROVED, null),
                new DecisionInput(0, "A-2", null, Decision.REJECTED, "Sai số định danh"),
                new DecisionInput(0, "A-3", null, Decision.REJECTED, "Không thuộc đối tượng được cấp"));
        assertThat(TypedDecisions.parse(List.of(), List.of("A-2"), null))
                .containsExactly(new DecisionInput(0, "A-2", null, Decision.REJECTED, null));
    }

    @Test
    void aDecisionIsRecordedOnceAndNeverOverwritten() {
        BatchItem item = new BatchItem(1L, "STP-2026-000001", "079190000604", "Đặng Minh Khôi", "stp.cv1");
        assertThat(item.decide(Decision.APPROVED, null, actor("pc06.cb"), Instant.now(), "TASK")).isTrue();
        assertThat(item.decide(Decision.APPROVED, null, actor("stttt.cv"), Instant.now(), "UPLOAD")).isFalse();
        assertThatThrownBy(() -> item.decide(Decision.REJECTED, "x", actor("pc06.cb"), Instant.now(), "TASK"))
                .isInstanceOf(AggregationException.class)
                .satisfies(e -> assertThat(((AggregationException) e).vietnameseMessage())
                        .contains("đã được ghi \"Đồng ý\"; không ghi đè bằng \"Không đồng ý\""));
    }

    @Test
    void aLetterIsNeverInTwoBatches() {
        ReceivedLetter letter = new ReceivedLetter(new IncomingLetter(5L, "STP", "302/STP-VP", LocalDate.of(2026, 11, 25),
                9L, List.of()), List.of(), Instant.now());
        letter.takeInto(1L);
        letter.takeInto(1L);
        assertThatThrownBy(() -> letter.takeInto(2L)).isInstanceOf(AggregationException.class);
        letter.release(2L);
        assertThat(letter.batchId()).isEqualTo(1L);
        letter.release(1L);
        letter.takeInto(2L);
        assertThat(letter.batchId()).isEqualTo(2L);
    }

    @Test
    void aBatchMovesOnlyForward() {
        Batch batch = new Batch(Instant.now());
        assertThatThrownBy(() -> batch.sign(actor("stttt.ld"), LEADERS, Instant.now())).isInstanceOf(AggregationException.class);
        batch.compose(actor("stttt.cv"), Instant.now());
        batch.returnForRecomposition(actor("stttt.ld"), LEADERS, "Thiếu công văn");
        batch.compose(Actor.system(), Instant.now());
        batch.sign(actor("stttt.ld"), LEADERS, Instant.now());
        assertThatThrownBy(() -> batch.close(Instant.now())).isInstanceOf(AggregationException.class);
        batch.send("215/STTTT-BCVT", LocalDate.of(2026, 11, 25), "EDOC", actor("stttt.cv"));
        batch.close(Instant.now());
        assertThat(batch.status()).isEqualTo(BatchStatus.CLOSED);
        assertThat(batch.label()).isEqualTo("215/STTTT-BCVT");
    }

    @Test
    void onlyTheAggregatorsRolesComposeSignSendAndRecordPc06sDecisions() {
        Batch batch = new Batch(Instant.now());
        for (Actor other : new Actor[]{actor("ldtb.vp"), actor("stttt.ld"), actor("pc06.cb")}) {
            assertThatThrownBy(() -> batch.compose(other, Instant.now())).isInstanceOf(AggregationException.class);
        }
        batch.compose(admin(), Instant.now());
        for (Actor other : new Actor[]{actor("stttt.cv"), actor("ldtb.gd"), admin(), Actor.system()}) {
            assertThatThrownBy(() -> batch.sign(other, LEADERS, Instant.now())).isInstanceOf(AggregationException.class)
                    .satisfies(e -> assertThat(((AggregationException) e).vietnameseMessage())
                            .isEqualTo("Chỉ lãnh đạo cơ quan tổng hợp ký hoặc trả lại công văn gửi PC06."));
            assertThatThrownBy(() -> batch.returnForRecomposition(other, LEADERS, "x")).isInstanceOf(AggregationException.class);
        }
        batch.sign(actor("stttt.ld"), LEADERS, Instant.now());
        assertThatThrownBy(() -> batch.send("215/STTTT-BCVT", LocalDate.of(2026, 11, 25), "EDOC", actor("pc06.cb")))
                .isInstanceOf(AggregationException.class);
        BatchItem item = new BatchItem(1L, "STP-2026-000001", "079190000604", "Đặng Minh Khôi", "stp.cv1");
        for (Actor other : new Actor[]{actor("stttt.ld"), actor("stp.vp"), admin(), Actor.system()}) {
            assertThatThrownBy(() -> item.decide(Decision.APPROVED, null, other, Instant.now(), "TASK"))
                    .isInstanceOf(AggregationException.class)
                    .satisfies(e -> assertThat(((AggregationException) e).vietnameseMessage())
                            .isEqualTo("Chỉ cơ quan tổng hợp hoặc PC06 ghi kết quả của PC06."));
        }
        assertThat(item.decision()).isEqualTo(Decision.PENDING);
    }

    @Test
    void aRevocationIsConfirmedOnceAndIsNeverInTwoBatches() {
        RevocationRequest r = new RevocationRequest(new Pc06RevocationRequest(41L, "TH-4", "SLDTBXH", "ldtb.gd",
                "Huỳnh Văn Thắng", "thanghv", "Nghỉ việc"), Instant.now());
        r.takeInto(3L);
        assertThatThrownBy(() -> r.takeInto(4L)).isInstanceOf(AggregationException.class);
        assertThat(r.confirm(actor("pc06.cb"), Instant.now())).isTrue();
        assertThat(r.confirm(actor("stttt.cv"), Instant.now())).isFalse();
        assertThat(r.confirmed()).isTrue();
    }
}
