package vn.dldcaccess.aggregation;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.TestOrganization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dldcaccess.support.DemoPeople.actor;

/**
 * Issue 23 at the aggregator: the leader never signs a batch about herself, nobody records PC06's decision on their
 * own request, and a batch nobody could sign is refused (or, by the schedule, left waiting).
 */
class AggregationDutiesTest {
    static final PersonInfo SECOND_LEADER = TestOrganization.person("stttt.ld2", "Phan Thị Thu", "Giám đốc", "STTTT",
            null, Role.AGGREGATOR_LEADER);
    static final OrganizationDirectory DEMO = TestOrganization.demo();
    static final OrganizationDirectory TWO_LEADERS = TestOrganization.demo(SECOND_LEADER);

    static String refusal(Runnable step) {
        try {
            step.run();
        } catch (AggregationException e) {
            return e.vietnameseMessage();
        }
        throw new AssertionError("not refused");
    }

    static ReceivedLetter letter(String number, BatchItem... items) {
        return new ReceivedLetter(new IncomingLetter(5L, "SLDTBXH", number, LocalDate.of(2026, 11, 25), 9L, List.of()),
                List.of(items), Instant.now());
    }

    @Test
    void theLeaderNeverSignsNorReturnsABatchAboutHerself() {
        Batch batch = new Batch(Instant.now());
        batch.compose(actor("stttt.cv"), Instant.now());
        Deciders alone = DEMO.roleBut(Role.AGGREGATOR_LEADER, null, List.of("stttt.ld", "ldtb.cv1"));
        assertThat(alone.nobodyElse()).isTrue();
        assertThat(refusal(() -> batch.sign(actor("stttt.ld"), alone, Instant.now()))).endsWith(
                "có yêu cầu của chính Tạ Quang Dũng: không ai tự ký công văn đề nghị cho mình; lãnh đạo "
                        + "khác của cơ quan tổng hợp ký hoặc trả lại công văn này.");
        assertThat(refusal(() -> batch.returnForRecomposition(actor("stttt.ld"), alone, "x"))).contains("không ai tự ký");
        Deciders other = TWO_LEADERS.roleBut(Role.AGGREGATOR_LEADER, null, List.of("stttt.ld"));
        assertThat(other.candidateUsers()).containsExactly("stttt.ld2");
        batch.sign(Actor.person(SECOND_LEADER), other, Instant.now());
        assertThat(batch.signedBy()).isEqualTo("stttt.ld2");
    }

    @Test
    void nobodyRecordsPc06sDecisionOrRevocationAboutThemself() {
        BatchItem own = new BatchItem(1L, "SLĐTBXH-2026-000001", "079190000601", "Châu Minh Triết", "stttt.cv");
        assertThat(refusal(() -> own.decide(Decision.APPROVED, null, actor("stttt.cv"), Instant.now(), "TASK")))
                .isEqualTo("SLĐTBXH-2026-000001 (Châu Minh Triết) là yêu cầu của chính người ghi: người khác của cơ quan "
                        + "tổng hợp hoặc PC06 ghi kết quả này");
        assertThat(own.decide(Decision.APPROVED, null, actor("pc06.cb"), Instant.now(), "TASK")).isTrue();
        RevocationRequest mine = new RevocationRequest(new Pc06RevocationRequest(41L, "TH-4", "PC06", "pc06.cb",
                "Hồ Văn Lợi", "loihv", "Nghỉ hưu"), Instant.now());
        assertThat(refusal(() -> mine.confirm(actor("pc06.cb"), Instant.now()))).startsWith(
                "đề nghị thu hồi tài khoản loihv (Hồ Văn Lợi) là của chính người ghi");
        assertThat(mine.confirm(actor("stttt.cv"), Instant.now())).isTrue();
    }

    @Test
    void aBatchNobodyCouldSignIsNamedAndItsLeadersRevocationsWait() {
        BatchDuties demo = new BatchDuties(null, null, TestOrganization.demo());
        ReceivedLetter withLeader = letter("301/SLĐTBXH-VP",
                new BatchItem(1L, "SLĐTBXH-2026-000001", "079190000601", "Tạ Quang Dũng", "stttt.ld"));
        ReceivedLetter plain = letter("302/SLĐTBXH-VP",
                new BatchItem(2L, "SLĐTBXH-2026-000002", "079190000602", "Trần Văn Đức", "ldtb.cv2"));
        RevocationRequest leaderLeaves = new RevocationRequest(new Pc06RevocationRequest(41L, "TH-4", "STTTT",
                "stttt.ld", "Tạ Quang Dũng", "dungtq", "Nghỉ hưu"), Instant.now());
        assertThat(demo.unsignable(List.of(withLeader, plain), List.of())).containsExactly(withLeader);
        assertThat(demo.whyUnsignable(withLeader)).isEqualTo("công văn 301/SLĐTBXH-VP có yêu cầu của chính lãnh đạo ký "
                + "công văn gửi PC06 SLĐTBXH-2026-000001 (Tạ Quang Dũng), và cơ quan tổng hợp không có lãnh đạo nào khác "
                + "để ký: không ai tự ký đề nghị cấp tài khoản cho mình, hãy để công văn này lại cho đến khi có người ký khác");
        assertThat(demo.unsignable(List.of(plain), List.of())).isEmpty();
        assertThat(demo.signable(List.of(plain), List.of(leaderLeaves))).isEmpty();
        BatchDuties two = new BatchDuties(null, null, TestOrganization.demo(SECOND_LEADER));
        assertThat(two.unsignable(List.of(withLeader), List.of(leaderLeaves))).isEmpty();
        assertThat(two.signable(List.of(withLeader), List.of(leaderLeaves))).containsExactly(leaderLeaves);
    }
}
