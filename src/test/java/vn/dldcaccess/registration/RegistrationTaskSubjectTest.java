package vn.dldcaccess.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only keys shaped like a request number are looked up for a task's title and people. */
class RegistrationTaskSubjectTest {
    @Test
    void requestNumbersAreLookedUpOtherKeysAreNot() {
        assertThat(RegistrationTaskSubject.mayBeNumber(String.format("%s-%d-%06d", "SLĐTBXH", 2026, 123))).isTrue();
        assertThat(RegistrationTaskSubject.mayBeNumber(String.format("%s-%d-%06d", "SYT", 2031, 1_234_567))).isTrue();
        for (String other : new String[]{"CV-SLDTBXH-12", "DOT-3", "TK-41", "TH-7", "UQ-2", "RS-9", "NV-1", "BARE-5", ""}) {
            assertThat(RegistrationTaskSubject.mayBeNumber(other)).as(other).isFalse();
        }
        assertThat(RegistrationTaskSubject.mayBeNumber(null)).isFalse();
    }
}
