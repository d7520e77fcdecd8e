package vn.dldcaccess.review;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.dldcaccess.support.DemoPeople.actor;

/**
 * Issue 23 in a review: a unit head never keeps her own accounts. Each head's own accounts are a part of their own,
 * reviewed by another head of the unit, or by the agency office when she is its only head; the rest of the unit's
 * accounts are its heads' part as before.
 */
class ReviewPartsTest {
    static final PersonInfo DEPUTY = TestOrganization.person("ldtb.pp1", "Đỗ Minh Quân", "Phó Trưởng phòng", "SLDTBXH",
            "SLDTBXH_VL", Role.UNIT_HEAD);
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static long ids;

    static AccountView account(AccountSystem system, String username, String holder, String unit) {
        return new AccountView(++ids, system, username, holder, holder, "SLDTBXH", unit, DAY, AccountStatus.ACTIVE, null,
                List.of(), null, DAY.plusDays(30), false);
    }

    static final List<AccountView> ACCOUNTS = List.of(account(AccountSystem.IOFFICE, "huongnt.io", "ldtb.cv1", "SLDTBXH_VL"),
            account(AccountSystem.IOFFICE, "haltt.io", "ldtb.tp1", "SLDTBXH_VL"),
            account(AccountSystem.DLDC_TTHC, "haltt", "ldtb.tp1", "SLDTBXH_VL"),
            account(AccountSystem.IOFFICE, "vietpq.io", "ldtb.tp2", "SLDTBXH_NCC"));

    static ReviewParts parts(OrganizationDirectory org) {
        AccountRegister register = mock(AccountRegister.class);
        when(register.accountsOfAgency("SLDTBXH")).thenReturn(ACCOUNTS);
        return new ReviewParts(register, org, null);
    }

    static String refusal(Runnable step) {
        try {
            step.run();
        } catch (ReviewException e) {
            return e.vietnameseMessage();
        }
        throw new AssertionError("not refused");
    }

    static List<ReviewDecision> kept(List<AccountView> accounts) {
        return accounts.stream().map(a -> new ReviewDecision(a.id(), a.system(), a.username(), a.holderUsername(), true,
                null)).toList();
    }

    @Test
    void eachHeadsOwnAccountsAreAPartOfTheirOwnForTheOfficeWhenSheIsTheOnlyHead() {
        ReviewParts parts = parts(TestOrganization.demo());
        List<UnitReview> open = parts.open("SLDTBXH");
        assertThat(open).extracting(UnitReview::unitCode, UnitReview::holderUsername).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SLDTBXH_NCC", "ldtb.tp2"),
                org.assertj.core.groups.Tuple.tuple("SLDTBXH_VL", null),
                org.assertj.core.groups.Tuple.tuple("SLDTBXH_VL", "ldtb.tp1"));
        ReviewCampaign c = new ReviewCampaign("SLDTBXH", actor("ldtb.vp"), Instant.now(), DAY, open);
        UnitReview rest = open.get(1);
        UnitReview tp1 = open.get(2);
        assertThat(parts.accounts(c, rest)).extracting(AccountView::username).containsExactly("huongnt.io");
        assertThat(parts.accounts(c, tp1)).extracting(AccountView::username).containsExactly("haltt.io", "haltt");
        assertThat(parts.label(tp1)).isEqualTo("Phòng Việc làm - An toàn lao động (tài khoản của lãnh đạo đơn vị "
                + "Lê Thị Thu Hà)");

        assertThat(parts.reviewers(c, rest).candidateGroups()).containsExactly("unit-head-SLDTBXH_VL");
        Deciders own = parts.reviewers(c, tp1);
        assertThat(own.candidateGroups()).containsExactly("office-SLDTBXH");
        assertThat(parts.reviewerPeople(c, tp1)).extracting(PersonInfo::username).containsExactly("ldtb.vp");

        assertThat(refusal(() -> tp1.record(kept(parts.accounts(c, tp1)), actor("ldtb.tp1"), own, Instant.now())))
                .isEqualTo("Không ai tự rà soát tài khoản của chính mình: tài khoản của lãnh đạo đơn vị do Văn phòng cơ "
                        + "quan rà soát.");
        assertThat(refusal(() -> tp1.record(List.of(), actor("ldtb.tp2"), own, Instant.now())))
                .startsWith("Tài khoản của lãnh đạo đơn vị khi đơn vị không còn lãnh đạo nào khác: chỉ Văn phòng");
        tp1.record(kept(parts.accounts(c, tp1)), actor("ldtb.vp"), own, Instant.now());
        assertThat(tp1.done()).isTrue();
        // her unit's other accounts are hers to review, never with her own among them
        Deciders heads = parts.reviewers(c, rest);
        assertThat(refusal(() -> rest.record(kept(ACCOUNTS.subList(0, 2)), actor("ldtb.tp1"), heads, Instant.now())))
                .startsWith("Không ai tự rà soát tài khoản của chính mình");
        rest.record(kept(parts.accounts(c, rest)), actor("ldtb.tp1"), heads, Instant.now());
        assertThat(rest.reviewedBy()).isEqualTo("ldtb.tp1");
    }

    @Test
    void aCampaignOpenedBeforeIssue23GivesTheUnitsPartHoldingAHeadsAccountsToTheOffice() {
        ReviewParts parts = parts(TestOrganization.demo());
        UnitReview vl = new UnitReview("SLDTBXH_VL", null, 0);
        ReviewCampaign c = new ReviewCampaign("SLDTBXH", actor("ldtb.vp"), Instant.now(), DAY, List.of(vl));
        assertThat(parts.accounts(c, vl)).hasSize(3);
        Deciders d = parts.reviewers(c, vl);
        assertThat(d.candidateGroups()).containsExactly("office-SLDTBXH");
        assertThat(refusal(() -> vl.record(kept(parts.accounts(c, vl)), actor("ldtb.tp1"), d, Instant.now())))
                .startsWith("Không ai tự rà soát tài khoản của chính mình");
        vl.record(kept(parts.accounts(c, vl)), actor("ldtb.vp"), d, Instant.now());
        assertThat(vl.done()).isTrue();
    }

    @Test
    void withASecondHeadHerOwnAccountsGoToHimByName() {
        ReviewParts parts = parts(TestOrganization.demo(DEPUTY));
        List<UnitReview> open = parts.open("SLDTBXH");
        ReviewCampaign c = new ReviewCampaign("SLDTBXH", actor("ldtb.vp"), Instant.now(), DAY, open);
        UnitReview tp1 = open.stream().filter(u -> "ldtb.tp1".equals(u.holderUsername())).findFirst().orElseThrow();
        Deciders d = parts.reviewers(c, tp1);
        assertThat(d.candidateGroups()).isEmpty();
        assertThat(d.candidateUsers()).containsExactly("ldtb.pp1");
        assertThat(refusal(() -> tp1.record(List.of(), actor("ldtb.vp"), d, Instant.now())))
                .isEqualTo("Chỉ lãnh đạo của đơn vị mới rà soát tài khoản của đơn vị mình.");
        tp1.record(kept(parts.accounts(c, tp1)), Actor.person(DEPUTY), d, Instant.now());
        assertThat(tp1.reviewedBy()).isEqualTo("ldtb.pp1");
    }
}
