package vn.dldcaccess.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTest {
    @Test
    void citizenIdsPhonesAndMailsAreMaskedWhereverTheyStand() {
        assertThat(PersonalDataMask.mask("Duplicate entry '079190000999' for key 'uq_reg_open_citizen'"))
                .isEqualTo("Duplicate entry '[số]' for key 'uq_reg_open_citizen'");
        assertThat(PersonalDataMask.mask("phone 0912345678, +84912345678; old id 271234567"))
                .isEqualTo("phone [số], [số]; old id [số]");
        assertThat(PersonalDataMask.mask("sent to huongnt@angiang.gov.vn and Hường.NT@sở.angiang.gov.vn"))
                .isEqualTo("sent to [email] and [email]");
    }

    @Test
    void whatIsNeededToFollowAStepStays() {
        for (String kept : new String[]{"SLĐTBXH-2026-000123", "job 7f3c2a10-1234-11ef-9a1b-123456789012",
                "2026-12-01T04:35:58.475+07:00", "took 1234 ms", "TH-12", "pid 123456"}) {
            assertThat(PersonalDataMask.mask(kept)).isEqualTo(kept);
        }
    }
}
