package vn.dldcaccess.registration;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The entity guards its own state: every transition from a wrong state is refused with a Vietnamese message. */
class RegistrationTest {
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    static RegistrationForm form(String citizenId, String agency) {
        return new RegistrationForm("Nguyễn Thị Hường", LocalDate.of(1990, 5, 17), Gender.NU, new CitizenId(citizenId),
                "Chuyên viên", "SLDTBXH_VL", agency, "Tiếp nhận hồ sơ", new MobilePhone("0912345678"),
                new OfficialEmail("huongnt@angiang.gov.vn"), null, Set.of(AccessScope.TRA_CUU), "Xác thực", null);
    }

    static Registration submitted() {
        return new Registration("SLĐTBXH-2026-000001", form("089190001234", "SLDTBXH"), "ldtb.cv1", NOW);
    }

    @Test
    void confirmOnlyFromSubmitted() {
        Registration r = submitted();
        r.confirm("ldtb.tp1", NOW);
        assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> r.confirm("ldtb.tp1", NOW)).isInstanceOf(RegistrationStateException.class)
                .satisfies(e -> assertThat(((RegistrationStateException) e).vietnameseMessage())
                        .contains("Không thể xác nhận yêu cầu SLĐTBXH-2026-000001"));
        assertThatThrownBy(() -> r.reject("ldtb.tp1", "x", NOW)).isInstanceOf(RegistrationStateException.class);
    }

    @Test
    void rejectionFreesTheCitizenIdForANewRequest() {
        Registration r = submitted();
        r.reject("ldtb.tp1", "Không thuộc bộ phận", NOW);
        assertThat(r.status().isOpen()).isFalse();
        assertThat(r.events()).extracting(RegistrationEvent::status)
                .containsExactly(RegistrationStatus.SUBMITTED, RegistrationStatus.REJECTED);
    }

    @Test
    void correctionKeepsCitizenIdAndAgency() {
        Registration r = submitted();
        assertThatThrownBy(() -> r.correct(form("089190001234", "SLDTBXH"), "ldtb.cv1", NOW))
                .as("not returned").isInstanceOf(RegistrationStateException.class);
        r.returnForCorrection("ldtb.tp1", "Bổ sung", NOW);
        assertThatThrownBy(() -> r.correct(form("089190009999", "SLDTBXH"), "ldtb.cv1", NOW))
                .isInstanceOf(RegistrationStateException.class);
        assertThatThrownBy(() -> r.correct(form("089190001234", "STP"), "ldtb.cv1", NOW))
                .isInstanceOf(RegistrationStateException.class);
        r.correct(form("089190001234", "SLDTBXH"), "ldtb.cv1", NOW);
        assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
    }

    @Test
    void inclusionInALetterIsIdempotentAndExclusive() {
        Registration r = submitted();
        assertThatThrownBy(() -> r.includeInLetter(5, "ldtb.gd", NOW)).as("not confirmed")
                .isInstanceOf(RegistrationStateException.class);
        r.confirm("ldtb.tp1", NOW);
        assertThat(r.includeInLetter(5, "ldtb.gd", NOW)).isTrue();
        assertThat(r.includeInLetter(5, "ldtb.gd", NOW)).as("same letter again").isFalse();
        assertThatThrownBy(() -> r.includeInLetter(6, "ldtb.gd", NOW)).isInstanceOf(RegistrationStateException.class)
                .satisfies(e -> assertThat(((RegistrationStateException) e).vietnameseMessage()).contains("công văn khác"));
        assertThat(r.events()).hasSize(3);
    }
}
