package vn.dldcaccess.submission;

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
import static vn.dldcaccess.support.DemoPeople.actor;

/** Issue 23: the director never signs (nor returns, nor uploads) a letter listing his own form 1658. */
class AgencyLetterDutiesTest {
    static final PersonInfo DEPUTY = TestOrganization.person("ldtb.pgd", "Trịnh Văn Nam", "Phó Giám đốc", "SLDTBXH",
            null, Role.DIRECTOR);

    static AgencyLetter prepared() {
        AgencyLetter letter = new AgencyLetter("SLDTBXH", actor("ldtb.vp"), Instant.now());
        letter.prepare("125/SLĐTBXH-VP", LocalDate.of(2026, 11, 25), List.of(1L, 2L), actor("ldtb.vp"));
        return letter;
    }

    static String refusal(Runnable step) {
        try {
            step.run();
        } catch (SubmissionException e) {
            return e.vietnameseMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aLetterListingTheDirectorsOwnRequestGoesToHisDeputy() {
        OrganizationDirectory org = TestOrganization.demo(DEPUTY);
        Deciders signers = org.roleBut(Role.DIRECTOR, "SLDTBXH", List.of("ldtb.gd", "ldtb.cv1"));
        assertThat(signers.candidateUsers()).containsExactly("ldtb.pgd");
        AgencyLetter letter = prepared();
        for (Runnable own : List.<Runnable>of(() -> letter.sign(actor("ldtb.gd"), signers, Instant.now()),
                () -> letter.returnToOffice(actor("ldtb.gd"), signers, "x"),
                () -> letter.acceptSignedUpload(actor("ldtb.gd"), signers, 9L))) {
            assertThat(refusal(own)).isEqualTo("Công văn này có phiếu đăng ký của chính Huỳnh Văn Thắng: không ai tự ký "
                    + "công văn đề nghị cấp tài khoản cho mình; lãnh đạo khác của cơ quan ký hoặc trả lại công văn này.");
        }
        assertThat(letter.status()).isEqualTo(LetterStatus.PREPARED);
        letter.sign(Actor.person(DEPUTY), signers, Instant.now());
        assertThat(letter.signedBy()).isEqualTo("ldtb.pgd");
    }

    @Test
    void aLetterAboutOthersIsTheDirectorsAsBefore() {
        Deciders signers = TestOrganization.demo().roleBut(Role.DIRECTOR, "SLDTBXH", List.of("ldtb.cv1"));
        assertThat(signers.candidateGroups()).containsExactly("director-SLDTBXH");
        AgencyLetter letter = prepared();
        assertThat(refusal(() -> letter.sign(actor("stp.gd"), signers, Instant.now())))
                .isEqualTo("Chỉ Giám đốc (lãnh đạo) của cơ quan mới ký hoặc trả lại công văn này.");
        letter.sign(actor("ldtb.gd"), signers, Instant.now());
        assertThat(letter.status()).isEqualTo(LetterStatus.SIGNED);
    }
}
