package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard's rules without a server: a form's shape, the log-in throttle, the password policy. */
class GuardRulesTest {
    static final FormSchema REGISTRATION = form("""
            {"id": "f", "components": [
              {"type": "text", "text": "## Tiêu đề"},
              {"type": "textfield", "key": "fullName", "label": "Họ và tên", "validate": {"maxLength": 100}},
              {"type": "textarea", "key": "shown", "label": "Đã nộp", "disabled": true},
              {"type": "datetime", "key": "dateOfBirth", "subtype": "date", "label": "Ngày sinh"},
              {"type": "checkbox", "key": "agreed", "label": "Cam kết"},
              {"type": "checklist", "key": "chosen", "label": "Chọn", "values": []},
              {"type": "radio", "key": "decision", "label": "Ý kiến", "values": []}]}""");

    static FormSchema form(String json) {
        try {
            return FormSchema.of(new ObjectMapper().readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> problems(String body) {
        return FormSubmissionCheck.problems(body.getBytes(StandardCharsets.UTF_8), REGISTRATION);
    }

    @Test
    void aFormTakesItsOwnFieldsInTheirOwnShapes() {
        assertThat(REGISTRATION.names()).containsExactly("fullName", "dateOfBirth", "agreed", "chosen", "decision");
        assertThat(problems("""
                {"variables": {"fullName": {"value": "Nguyễn Thị Hường"}, "dateOfBirth": {"value": "1990-05-17"},
                 "agreed": {"value": true, "type": "Boolean"}, "chosen": {"value": "[\\"a\\"]", "type": "Json"},
                 "decision": {"value": "CONFIRM", "type": "String"}}, "withVariablesInReturn": true}""")).isEmpty();
        assertThat(problems("")).isEmpty();
    }

    @Test
    void anythingElseIsNamedAndRefused() {
        assertThat(problems("{\"variables\": {\"applicant\": {\"value\": \"ldtb.cv1\"}}}"))
                .containsExactly("trường “applicant” không có trong biểu mẫu này");
        assertThat(problems("{\"variables\": {\"shown\": {\"value\": \"x\"}}}")).hasSize(1);
        assertThat(problems("{\"businessKey\": \"SLĐTBXH-2026-000001\"}"))
                .containsExactly("số hồ sơ do hệ thống cấp, không được gửi kèm");
        assertThat(problems("{\"variables\": {\"fullName\": {\"value\": \"" + "x".repeat(101) + "\"}}}"))
                .containsExactly("Họ và tên: dài quá 100 ký tự (hiện 101)");
        assertThat(problems("{\"variables\": {\"fullName\": {\"value\": \"AAAA\", \"type\": \"Bytes\"}}}"))
                .containsExactly("Họ và tên: phải là văn bản");
        assertThat(problems("{\"variables\": {\"fullName\": {\"value\": \"{}\", \"type\": \"Object\", \"valueInfo\": "
                + "{\"objectTypeName\": \"java.util.HashMap\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}"))
                .containsExactly("Họ và tên: không nhận đối tượng tuần tự hóa hay tệp đính kèm");
        assertThat(problems("{\"variables\": {\"agreed\": {\"value\": \"có\"}}}")).containsExactly("Cam kết: phải là Có hoặc Không");
        assertThat(problems("{\"variables\": {\"dateOfBirth\": {\"value\": \"1990-05-17 và thêm nhiều chữ\"}}}"))
                .containsExactly("Ngày sinh: phải là một ngày có thật");
        assertThat(problems("{\"variables\": {\"chosen\": {\"value\": \"[1, 2]\", \"type\": \"Json\"}}}"))
                .containsExactly("Chọn: mỗi mục của danh sách phải là một giá trị ngắn");
        assertThat(problems("{\"variables\": {\"chosen\": {\"value\": \"{\", \"type\": \"Json\"}}}"))
                .containsExactly("Chọn: danh sách không hợp lệ");
        assertThat(problems("{\"variables\": {\"decision\": {\"value\": \"" + "X".repeat(300) + "\"}}}")).hasSize(1);
        assertThat(problems("not json")).containsExactly("nội dung gửi lên không phải JSON hợp lệ");
        assertThat(problems("[1]")).containsExactly("nội dung gửi lên không phải một biểu mẫu");
        assertThat(FormSubmissionCheck.problems("{\"variables\": {\"x\": {\"value\": 1}}}".getBytes(StandardCharsets.UTF_8),
                null)).containsExactly("trường “x” không có trong biểu mẫu này");
    }

    static final class TestClock extends Clock {
        long millis = 1_000_000;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void wrongPasswordsSlowTheGuesserButNotTheRealUser() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitMillis("ldtb.gd", "10.0.0.66")).isZero();
            throttle.failed("ldtb.gd", "10.0.0.66");
        }
        // the guesser waits, twice as long after every failure, up to a minute
        assertThat(throttle.waitMillis("ldtb.gd", "10.0.0.66")).isEqualTo(1000);
        for (int i = 0; i < 20; i++) {
            clock.millis += throttle.waitMillis("ldtb.gd", "10.0.0.66");
            throttle.failed("ldtb.gd", "10.0.0.66");
        }
        assertThat(throttle.waitMillis("ldtb.gd", "10.0.0.66")).isEqualTo(60_000);
        // the real director at his own machine waits at most the per-user cap, half a minute
        assertThat(throttle.waitMillis("ldtb.gd", "10.0.0.7")).isLessThanOrEqualTo(30_000);
        clock.millis += 30_000;
        assertThat(throttle.waitMillis("ldtb.gd", "10.0.0.7")).isZero();
        throttle.succeeded("ldtb.gd", "10.0.0.7");
        assertThat(throttle.waitMillis("ldtb.gd", "10.0.0.7")).isZero();
        // one password tried over many users from the guesser's machine: the machine itself is slowed down, a bit
        for (int i = 0; i < 10; i++) {
            clock.millis += throttle.waitMillis("user" + i, "10.0.0.66");
            throttle.failed("user" + i, "10.0.0.66");
        }
        assertThat(throttle.waitMillis("ldtb.vp", "10.0.0.66")).isPositive().isLessThanOrEqualTo(10_000);
        // fifteen quiet minutes and everything is forgotten
        clock.millis += LoginThrottle.FORGET_AFTER_MILLIS + 1;
        assertThat(throttle.waitMillis("ldtb.gd", "10.0.0.66")).isZero();
    }

    @Test
    void anOfficeBehindOneAddressIsNotStalledByItsTypos() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        // twenty-nine clerks of one agency (one NAT address) each mistype once within a few minutes
        for (int i = 0; i < 29; i++) {
            clock.millis += 5_000;
            throttle.failed("clerk" + i, "203.0.113.9");
        }
        assertThat(throttle.waitMillis("ldtb.vp", "203.0.113.9")).isZero();
        assertThat(throttle.waitMillis("clerk3", "203.0.113.9")).isZero();
    }

    @Test
    void passwordsFollowThePolicy() {
        List<PasswordPolicyRule> rules = new PasswordRules().getRules();
        UserEntity user = new UserEntity("ldtb.gd");
        user.setFirstName("Huỳnh Văn");
        user.setLastName("Thắng");
        user.setEmail("thanghv@angiang.gov.vn");
        Map<String, Boolean> verdicts = new java.util.LinkedHashMap<>();
        for (String pw : List.of("1", "2", "demo", "123456789012", "Matkhau@2026!", "P@ssw0rd1234", "aaaaaaaaaaaaaaa",
                "ldtb.gd-2026-xuan", "Thắng 1975 An Giang", "qwertyuiop12")) {
            verdicts.put(pw, rules.stream().allMatch(r -> r.execute(pw, user)));
        }
        assertThat(verdicts).doesNotContainValue(true);
        for (String pw : List.of("mưa rơi trên sông Hậu 2026", "kPz7-Wq2m-Lr9x", "cá lóc nướng trui ngon")) {
            assertThat(rules.stream().allMatch(r -> r.execute(pw, user))).as(pw).isTrue();
        }
        assertThat(rules).extracting(PasswordPolicyRule::getPlaceholder)
                .containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_USER_DATA", "PASSWORD_POLICY_PERSONAL",
                        "PASSWORD_POLICY_COMMON");
    }

    @Test
    void passwordsBuiltFromThePersonsNamesAreRefused() {
        List<PasswordPolicyRule> rules = new PasswordRules().getRules();
        UserEntity user = new UserEntity("stp.pgd");
        user.setFirstName("Ngô Đức");
        user.setLastName("Thịnh");
        user.setEmail("thinhnd@angiang.gov.vn");
        // the assessment's two, and the same names in other orders, cases, with symbols or the e-mail's domain
        for (String pw : List.of("thinhnd12345678", "ngoducthinh123", "ThinhNgoDuc2026!", "NDThinh@2026#vn",
                "Thịnh-2026-mùa-xuân", "2026.ngo.duc.thinh", "THINHND@angiang2026", "stp-pgd-2026-xuan")) {
            assertThat(rules.stream().allMatch(r -> r.execute(pw, user))).as(pw).isFalse();
            assertThat(new NotPersonal().execute(pw, user)).as(pw).isFalse();
        }
        assertThat(NotPersonal.words(user)).contains("ngoducthinh", "thinhngoduc", "thinhnd", "ndthinh", "thinh",
                "ngoduc", "stppgd").doesNotContain("ngo", "duc", "stp", "pgd");
        // three-letter names alone are too common in good passphrases to refuse
        for (String pw : List.of("mưa rơi trên sông Hậu 2026", "Ngô đồng lá rụng bên hiên", "kPz7-Wq2m-Lr9x",
                "đức tin và hy vọng 2026")) {
            assertThat(rules.stream().allMatch(r -> r.execute(pw, user))).as(pw).isTrue();
        }
        // the refusal names the rule broken and the person's word found, in Vietnamese
        String message = PasswordRules.refusal(new org.camunda.bpm.engine.impl.identity.PasswordPolicyResultImpl(
                List.of(new NotPersonal()), List.of()), "thinhnd12345678", user);
        assertThat(message).startsWith("Mật khẩu chưa đạt yêu cầu: mật khẩu được ghép từ tên của người dùng (“thinhnd”)")
                .contains("Quy định: mật khẩu phải có ít nhất 12 ký tự");
        // names typed with their diacritics, the e-mail's local part with digits: the same words
        UserEntity other = new UserEntity("ldtb.cv9");
        other.setFirstName("Trương Thị Bích");
        other.setLastName("Ngọc");
        other.setEmail("ngocttb85@angiang.gov.vn");
        for (String pw : List.of("ngocttb-1985-ag", "TruongThiBichNgoc1", "ngocTruongThiBich!", "bich.2026.xuan.ag")) {
            assertThat(new NotPersonal().execute(pw, other)).as(pw).isFalse();
        }
        assertThat(new NotPersonal().execute("thi-xa-tan-chau-2026", other)).isTrue();
    }
}
