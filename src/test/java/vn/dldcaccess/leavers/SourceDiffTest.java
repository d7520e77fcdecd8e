package vn.dldcaccess.leavers;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.organization.OrganizationSource.SourcePerson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dldcaccess.leavers.SourceChangeKind.*;

/** Each difference between the tables and a version of the source, with its day (issue 22). */
class SourceDiffTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    static SourcePerson p(String username, String agency, String unit) {
        return new SourcePerson(username, agency, unit, null);
    }

    /** Twenty people of two agencies: one person is five percent. */
    static List<SourcePerson> registered() {
        List<SourcePerson> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(p("cv" + i, i < 10 ? "STP" : "SLDTBXH", i < 10 ? "STP_HCTP" : "SLDTBXH_VL"));
        }
        return out;
    }

    static SourceDiff.Result diff(List<SourcePerson> source) {
        return SourceDiff.between(registered(), source, TODAY, 0.10);
    }

    @Test
    void anUnchangedSourceHasNoDifference() {
        SourceDiff.Result r = diff(registered());
        assertThat(r.changes()).isEmpty();
        assertThat(r.held()).isFalse();
    }

    @Test
    void aPersonGoneFromTheSourceLeavesTheDayTheyAreFoundGone() {
        List<SourcePerson> source = new ArrayList<>(registered());
        source.remove(3);
        SourceDiff.Result r = diff(source);
        assertThat(r.changes()).containsExactly(new SourceDiff.Change(LEAVER, "cv3", TODAY, "STP", "STP_HCTP",
                null, null));
        assertThat(r.changes().get(0).key()).isEqualTo("LEAVER:cv3:2026-12-05");
    }

    @Test
    void aPersonMarkedLeftLeavesOnThatDayAndADayToComeWaitsForIt() {
        List<SourcePerson> source = new ArrayList<>(registered());
        source.set(1, new SourcePerson("cv1", "STP", "STP_HCTP", LocalDate.of(2026, 12, 1)));
        source.set(2, new SourcePerson("cv2", "STP", "STP_HCTP", LocalDate.of(2026, 12, 20)));
        SourceDiff.Result r = diff(source);
        assertThat(r.changes()).containsExactly(new SourceDiff.Change(LEAVER, "cv1", LocalDate.of(2026, 12, 1),
                "STP", "STP_HCTP", null, null));
        assertThat(r.nextDue()).isEqualTo(LocalDate.of(2026, 12, 20));
        // the day comes: the same file now says cv2 left
        assertThat(SourceDiff.between(registered(), source, LocalDate.of(2026, 12, 20), 0.10).of(LEAVER))
                .extracting(SourceDiff.Change::username).containsExactly("cv1", "cv2");
    }

    @Test
    void aPersonInAnotherAgencyIsAMoverAndSoIsOneInAnotherUnit() {
        List<SourcePerson> source = new ArrayList<>(registered());
        source.set(4, p("cv4", "SLDTBXH", "SLDTBXH_NCC"));
        source.set(5, p("cv5", "STP", "STP_BTTP"));
        SourceDiff.Result r = diff(source);
        assertThat(r.changes()).containsExactly(
                new SourceDiff.Change(MOVER_AGENCY, "cv4", TODAY, "STP", "STP_HCTP", "SLDTBXH", "SLDTBXH_NCC"),
                new SourceDiff.Change(MOVER_UNIT, "cv5", TODAY, "STP", "STP_HCTP", "STP", "STP_BTTP"));
        assertThat(r.changes().get(1).key()).isEqualTo("MOVER_UNIT:cv5:2026-12-05:STP/STP_BTTP");
        assertThat(r.removed()).isZero();
    }

    @Test
    void aNewPersonIsAJoinerAndOneListedAsAlreadyGoneIsNothing() {
        List<SourcePerson> source = new ArrayList<>(registered());
        source.add(p("moi", "STP", "STP_HCTP"));
        source.add(new SourcePerson("cu", "STP", "STP_HCTP", LocalDate.of(2020, 1, 1)));
        assertThat(diff(source).changes()).containsExactly(new SourceDiff.Change(JOINER, "moi", TODAY, null, null,
                "STP", "STP_HCTP"));
    }

    @Test
    void removingMoreThanTheShareAtOnceIsHeldTwoOfTwentyIsNot() {
        List<SourcePerson> two = new ArrayList<>(registered().subList(2, 20));
        assertThat(diff(two).held()).isFalse();
        List<SourcePerson> three = new ArrayList<>(registered().subList(3, 20));
        SourceDiff.Result r = diff(three);
        assertThat(r.held()).isTrue();
        assertThat(r.removed()).isEqualTo(3);
        assertThat(r.registered()).isEqualTo(20);
        // an empty file would remove everyone: held too
        assertThat(diff(List.of()).held()).isTrue();
    }

    @Test
    void peopleWhoseAgencyMergedIntoAnotherAreNoMoversButANewUnitThereIsAMove() {
        List<SourcePerson> source = new ArrayList<>();
        for (SourcePerson was : registered()) {
            boolean merged = was.agencyCode().equals("SLDTBXH");
            source.add(p(was.username(), merged ? "SNV" : was.agencyCode(), was.username().equals("cv19") ? "SNV_TCBC"
                    : was.unitCode()));
        }
        SourceDiff.Result r = SourceDiff.between(registered(), source, java.util.Map.of("SLDTBXH", "SNV"), TODAY, 0.10);
        assertThat(r.changes()).containsExactly(new SourceDiff.Change(MOVER_UNIT, "cv19", TODAY, "SLDTBXH",
                "SLDTBXH_VL", "SNV", "SNV_TCBC"));
        // without the merger, every one of them would be a mover to another agency
        assertThat(diff(source).of(MOVER_AGENCY)).hasSize(10);
    }
}
