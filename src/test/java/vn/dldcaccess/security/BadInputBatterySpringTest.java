package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.ComposeTask;
import vn.dldcaccess.support.EngineJobs;
import vn.dldcaccess.support.Rendered;
import vn.dldcaccess.support.SampleForms;
import vn.dldcaccess.support.StateSnapshot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every start form and task form, as a portal or a careless clerk sends it: each is refused with a
 * Vietnamese message naming the field, and nothing is stored. The fixtures are finished at the end.
 */
class BadInputBatterySpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final Object DROP = new Object();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    ChainClient client;
    final ObjectMapper json = new ObjectMapper();
    final List<String> cases = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    /** One bad submission: the fields it changes in a valid form (DROP leaves one out) and the refusal it must get. */
    record Case(Map<String, Object> changes, String message) {
        String describe() {
            return changes.toString().replace("\u0000", "\\0");
        }
    }

    static Case c(String field, Object value, String message) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put(field, value);
        return new Case(changes, message);
    }

    static Case c2(String f1, Object v1, String f2, Object v2, String message) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put(f1, v1);
        changes.put(f2, v2);
        return new Case(changes, message);
    }

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    /** Each case changes a valid form; the refusal names the field and nothing changes anywhere. */
    void battery(String form, String user, String enginePath, Map<String, Object> valid, List<Case> bad) {
        for (Case k : bad) {
            Map<String, Object> sent = new LinkedHashMap<>(valid);
            k.changes().forEach((field, value) -> {
                if (value == DROP) {
                    sent.remove(field);
                } else {
                    sent.put(field, value);
                }
            });
            StateSnapshot before = StateSnapshot.take(jdbc);
            ResponseEntity<String> r = client.post(user, enginePath, sent);
            String what = form + " " + k.describe();
            String body = String.valueOf(r.getBody());
            if (r.getStatusCode().value() != 400 || !body.contains(k.message()) || body.contains("Exception")) {
                failures.add(what + " -> " + r.getStatusCode().value() + " " + body);
            } else if (!StateSnapshot.take(jdbc).changedSince(before).isEmpty()) {
                failures.add(what + " stored something: " + StateSnapshot.take(jdbc).changedSince(before));
            }
            cases.add(what);
        }
    }

    static Map<String, Object> bytes(String base64) {
        return Map.of("value", base64, "type", "Bytes");
    }

    static Map<String, Object> json(String raw) {
        return Map.of("value", raw, "type", "Json");
    }

    static final String NAME = "Họ và tên: chỉ gồm chữ cái tiếng Việt";
    static final String CID = "Số định danh cá nhân (CCCD): ";
    static final String DOB = "Ngày sinh: ";
    static final String TEXT_CTRL = "có ký tự điều khiển hoặc ký tự không in được";

    List<Case> form1658Cases() {
        return List.of(
                c("fullName", "\u0301\u0300\u0303\u0309", "Họ và tên: có dấu thanh hoặc dấu phụ đứng riêng"),
                c("fullName", "Иван Петров", NAME), c("fullName", "Ｎｇｕｙｅｎ Ｔｈｉ", NAME), c("fullName", "Nguyễn Thị 2", NAME),
                c("fullName", "<script>alert(1)</script>", NAME), c("fullName", "=HYPERLINK(\"http://x\")", NAME),
                c("fullName", "Nguyễn\u0000Hường", "Họ và tên: " + TEXT_CTRL), c("fullName", "Nguyễn\u202eHường", "Họ và tên: " + TEXT_CTRL),
                c("fullName", "Nguyễn\u200bHường", "Họ và tên: " + TEXT_CTRL), c("fullName", "A", NAME),
                c("fullName", "-Hường", NAME), c("fullName", "x".repeat(101), "Họ và tên: dài quá 100 ký tự"),
                c("fullName", DROP, "Họ và tên: bắt buộc nhập"), c("fullName", "   ", "Họ và tên: bắt buộc nhập"),
                c("fullName", "Nguyễn\nHường", "Họ và tên: chỉ được viết trên một dòng"),
                // issue 23: form 1658 is only ever in one's own name
                c("fullName", "Huỳnh Văn Thắng", "Họ và tên: phải là họ và tên của chính người đăng ký (Trần Văn Đức)"),
                c("dateOfBirth", "1990-05-12garbage", DOB + "phải là một ngày có thật"),
                c("dateOfBirth", "1990-02-30", DOB + "phải là một ngày có thật"), c("dateOfBirth", "31/02/1990", DOB + "phải là một ngày có thật"),
                c("dateOfBirth", "1990-5-17", DOB + "phải là một ngày có thật"), c("dateOfBirth", "17/05/1990", DOB + "phải là một ngày có thật"),
                c("dateOfBirth", "2099-01-01", DOB + "phải là một ngày trong quá khứ"), c("dateOfBirth", "2015-01-01", DOB + "tuổi phải từ 18 đến 70"),
                c("dateOfBirth", "1940-01-01", DOB + "tuổi phải từ 18 đến 70"), c("dateOfBirth", DROP, DOB + "bắt buộc nhập"),
                c("dateOfBirth", "1990-05-17T00:00:00", DOB + "phải là một ngày có thật"),
                c("gender", "X", "Giới tính: phải chọn Nam hoặc Nữ"), c("gender", DROP, "Giới tính: phải chọn Nam hoặc Nữ"),
                c("gender", "NỮ", "Giới tính: phải chọn Nam hoặc Nữ"),
                c("citizenId", "08919000123", CID + "phải gồm đúng 12 chữ số"), c("citizenId", "0891900012345", CID + "phải gồm đúng 12 chữ số"),
                c("citizenId", "08919000123a", CID + "phải gồm đúng 12 chữ số"), c("citizenId", "003190000955", CID + "3 chữ số đầu"),
                c("citizenId", "099190000955", CID + "3 chữ số đầu"), c("citizenId", "089190000955", CID + "không khớp với giới tính và ngày sinh"),
                c("citizenId", "089390000955", "chữ số thứ 4 là 3, nhưng người nam sinh năm 1990"), c("citizenId", "089091000955", "chữ số thứ 5–6 là 91"),
                c("citizenId", "089089000955", "hai số cuối của năm sinh (90)"), c("citizenId", DROP, CID + "phải gồm đúng 12 chữ số"),
                c("citizenId", "٠٨٩١٩٠٠٠٠٩٥٥", CID + "phải gồm đúng 12 chữ số"),
                c("position", DROP, "Chức vụ: bắt buộc nhập"), c("position", "<b>Chuyên viên</b>", "Chức vụ: chỉ gồm chữ tiếng Việt"),
                c("position", "1234", "Chức vụ: chỉ gồm chữ tiếng Việt"), c("position", "x".repeat(101), "Chức vụ: dài quá 100 ký tự"),
                c("position", "Chuyên\u0007viên", "Chức vụ: " + TEXT_CTRL),
                c("unitCode", "STP_HCTP", "Đơn vị công tác: không thuộc cơ quan của người đăng ký"),
                c("unitCode", "SLDTBXH_VL", "Đơn vị công tác: phải là đơn vị của người đăng ký"),
                c("unitCode", "XYZ", "Đơn vị công tác: không có trong danh mục đơn vị"), c("unitCode", DROP, "Đơn vị công tác: bắt buộc nhập"),
                c("duties", DROP, "Nhiệm vụ được giao: bắt buộc nhập"), c("duties", "x".repeat(501), "Nhiệm vụ được giao: dài quá 500 ký tự"),
                c("duties", "Tiếp nhận\u0000hồ sơ", "Nhiệm vụ được giao: " + TEXT_CTRL), c("duties", "\u0301 hồ sơ", "Nhiệm vụ được giao: có dấu thanh"),
                c("mobilePhone", "0212345678", "Số điện thoại di động: phải là số di động"), c("mobilePhone", "091234567", "Số điện thoại di động"),
                c("mobilePhone", "09123456789", "Số điện thoại di động"), c("mobilePhone", "abc", "Số điện thoại di động"),
                c("mobilePhone", DROP, "Số điện thoại di động"),
                c("officialEmail", "huong@gmail.com", "Thư điện tử công vụ: phải là thư công vụ thuộc tên miền angiang.gov.vn"),
                c("officialEmail", "khong-hop-le", "Thư điện tử công vụ: địa chỉ thư điện tử không hợp lệ"),
                c("officialEmail", "a@evilangiang.gov.vn", "Thư điện tử công vụ: phải là thư công vụ"),
                c("officialEmail", "a b@angiang.gov.vn", "Thư điện tử công vụ: địa chỉ thư điện tử không hợp lệ"),
                c("officialEmail", DROP, "Thư điện tử công vụ: địa chỉ thư điện tử không hợp lệ"),
                c("tthcUsername", "ab", "Tài khoản trên Hệ thống TTHC: chỉ gồm chữ không dấu"),
                c("tthcUsername", "tên có dấu", "Tài khoản trên Hệ thống TTHC: chỉ gồm chữ không dấu"),
                c("tthcUsername", "x".repeat(65), "Tài khoản trên Hệ thống TTHC"),
                c("accessScope", "DOC_GHI", "Hình thức khai thác: giá trị 'DOC_GHI' không hợp lệ"),
                c("accessScope", DROP, "Hình thức khai thác: phải chọn ít nhất một"),
                c("accessScope", "[\"TRA_CUU\"", "Hình thức khai thác: danh sách không hợp lệ"),
                c("commitment1", false, "Cam kết 1: người đăng ký phải đánh dấu đồng ý cam kết này"),
                c("commitment6", DROP, "Cam kết 6: người đăng ký phải đánh dấu đồng ý cam kết này"),
                c("commitment3", "có", "13.3. Đăng xuất khi không sử dụng: phải là Có hoặc Không"),
                c("purpose", DROP, "Mục đích khai thác: bắt buộc nhập"), c("purpose", "x".repeat(501), "Mục đích khai thác: dài quá 500 ký tự"),
                c("purpose", "Xác thực\u001b[31m", "Mục đích khai thác: " + TEXT_CTRL),
                c("note", "x".repeat(1001), "Ghi chú: dài quá 1000 ký tự"), c("note", "ghi\u0000chú", "Ghi chú: " + TEXT_CTRL),
                c("fullName", bytes("QUFB"), "Họ và tên: phải là văn bản"), c("note", 42, "Ghi chú: phải là văn bản"));
    }

    @Test
    void everyFormRefusesBadInputInVietnameseAndStoresNothing() throws Exception {
        Map<String, Object> f = SampleForms.valid("089190000961", "SLDTBXH_NCC", "ductv@angiang.gov.vn");
        f.put("fullName", "Trần Văn Đức");
        f.put("gender", "NAM");
        f.put("citizenId", "089090000961");
        battery("form 1658", "ldtb.cv2", "/process-definition/key/Process_AccountRegistration/submit-form", f,
                form1658Cases());

        // the correction of a returned request takes the same rules (a left-out field keeps its earlier value there)
        String r = client.start("ldtb.cv2", "Process_AccountRegistration", f);
        String confirm = client.task("ldtb.tp2", r, "Task_ConfirmByUnitHead");
        battery("unit head's decision", "ldtb.tp2", "/task/" + confirm + "/submit-form", Map.of("decision", "RETURN",
                "decisionComment", "Bổ sung"), List.of(c("decision", "DUYET", "Vui lòng chọn một ý kiến"),
                c("decisionComment", DROP, "Khi trả lại, vui lòng ghi rõ nội dung cần bổ sung"),
                c("decisionComment", "a\u0000b", "Ý kiến: " + TEXT_CTRL), c("decisionComment", "x".repeat(1001), "dài quá 1000 ký tự")));
        client.ok(client.complete("ldtb.tp2", confirm, Map.of("decision", "RETURN", "decisionComment", "Bổ sung nhiệm vụ")));
        String correct = client.task("ldtb.cv2", r, "Task_CorrectRegistration");
        battery("correction", "ldtb.cv2", "/task/" + correct + "/submit-form", f, form1658Cases().stream()
                .filter(k -> !k.changes().containsValue(DROP)).limit(30).toList());
        client.ok(client.complete("ldtb.cv2", correct, f));
        confirm = client.task("ldtb.tp2", r, "Task_ConfirmByUnitHead");
        client.ok(client.complete("ldtb.tp2", confirm, Map.of("decision", "REJECT", "decisionComment", "Thử nghiệm")));
        client.ok(client.complete("ldtb.cv2", client.task("ldtb.cv2", r, "Task_ReviewRejection"), Map.of()));

        try {
            theRestOfTheChain(f, r);
        } finally {
            failures.forEach(System.out::println);
        }
        System.out.println("Bad-input battery: " + cases.size() + " cases, " + (cases.size() - failures.size())
                + " refused in Vietnamese naming the field with nothing stored");
        assertThat(failures).as("cases answered otherwise").isEmpty();
        assertThat(cases.size()).isGreaterThanOrEqualTo(200);
    }

    void theRestOfTheChain(Map<String, Object> f, String r) throws Exception {
        recordingAuthorizationLeaver();
        Map<String, Object> g = new LinkedHashMap<>(f);
        g.put("citizenId", "089090000962");
        String request = client.start("ldtb.cv2", "Process_AccountRegistration", g);
        client.ok(client.complete("ldtb.tp2", client.task("ldtb.tp2", request, "Task_ConfirmByUnitHead"),
                Map.of("decision", "CONFIRM")));
        EngineJobs.runMessages(engine);
        String batchKey = agencyLetter(request, r);
        pc06(batchKey, request, r);
        long account = provisioning(request);
        passwordChange(account);
        review(account);
        authorizationAndClosing();
    }

    String authorization;

    /** A system the holder has no open account on (other tests may have recorded some for them). */
    Case lacking(String holder) {
        for (String[] system : new String[][]{{"IOFFICE", "VNPT-iOffice"}, {"DLDC_TTHC", "Hệ thống TTHC"}}) {
            Integer open = jdbc.queryForObject("select count(*) from acc_account where holder_username = ? and "
                    + "account_system = ? and status <> 'CLOSED'", Integer.class, holder, system[0]);
            if (open == 0) {
                return c("accountSystem", system[0], "Tài khoản: Anh/Chị không có tài khoản " + system[1]);
            }
        }
        return c("accountSystem", "", "Tài khoản: vui lòng chọn hệ thống");
    }

    void recordingAuthorizationLeaver() throws Exception {
        Map<String, Object> rec = new LinkedHashMap<>(Map.of("accountSystem", "OFFICIAL_EMAIL", "holderUsername", "ldtb.cv2",
                "accountUsername", "bat.ductv@angiang.gov.vn", "grantedOn", TODAY.minusDays(3).toString()));
        battery("account recording", "ldtb.vp", "/process-definition/key/Process_AccountRecording/submit-form", rec, List.of(
                c("accountSystem", "DLDC_TTHC", "Tài khoản DLDC được ghi vào sổ khi cấp"),
                c("accountSystem", "FACEBOOK", "Hệ thống: vui lòng chọn"), c("accountSystem", DROP, "Hệ thống: vui lòng chọn"),
                c("holderUsername", "stp.cv1", "Người sử dụng: không có người"),
                c("holderUsername", "nobody", "Người sử dụng: không có người"), c("holderUsername", DROP, "Người sử dụng: không có người"),
                c("holderUsername", "ldtb\u0000cv2", "Người sử dụng: " + TEXT_CTRL),
                c("accountUsername", "có dấu", "Tên đăng nhập: 2–100 ký tự"), c("accountUsername", "a", "Tên đăng nhập: 2–100 ký tự"),
                c("accountUsername", "<script>", "Tên đăng nhập: 2–100 ký tự"), c("accountUsername", DROP, "Tên đăng nhập: bắt buộc"),
                c("grantedOn", "2026-02-30", "Ngày cấp: phải là một ngày có thật"),
                c("grantedOn", TODAY.plusDays(1).toString(), "Ngày cấp: không được sau ngày hôm nay"),
                c("grantedOn", "hôm qua", "Ngày cấp: phải là một ngày có thật"), c("grantedOn", DROP, "Ngày cấp: bắt buộc")));
        client.start("ldtb.vp", "Process_AccountRecording", rec);
        Map<String, Object> uq = new LinkedHashMap<>(Map.of("accountSystem", "OFFICIAL_EMAIL", "delegateUsername", "ldtb.cv1",
                "validFrom", TODAY.plusDays(2).toString(), "validTo", TODAY.plusDays(4).toString(), "reasonCode", "NGHI_PHEP",
                "scope", "Nhận thư", "holderDuties", "Bàn giao", "delegateDuties", "Giữ bí mật"));
        battery("giấy ủy quyền", "ldtb.cv2", "/process-definition/key/Process_AuthorizationLetter/submit-form", uq, List.of(
                lacking("ldtb.cv2"),
                c("accountSystem", "X", "Tài khoản: vui lòng chọn hệ thống"),
                c("delegateUsername", "ldtb.cv2", "Người được ủy quyền: không được là chính người ủy quyền"),
                c("delegateUsername", "stp.cv1", "Người được ủy quyền: không có người"),
                c("delegateUsername", DROP, "Người được ủy quyền: bắt buộc"),
                c("delegateUsername", "ldtb\u202ecv1", "Người được ủy quyền: " + TEXT_CTRL),
                c("validFrom", TODAY.minusDays(1).toString(), "Từ ngày: không được trước ngày hôm nay"),
                c("validFrom", "2026-13-01", "Từ ngày: phải là một ngày có thật"), c("validFrom", DROP, "Từ ngày: bắt buộc"),
                c("validTo", TODAY.toString(), "Đến ngày: không được trước ngày bắt đầu"),
                c("validTo", TODAY.plusDays(60).toString(), "Thời hạn: không quá 30 ngày"),
                c("validTo", "2026-02-29", "Đến ngày: phải là một ngày có thật"),
                c("reasonCode", "DI_CHOI", "Lý do: vui lòng chọn"), c("reasonCode", "KHAC", "Lý do: ghi rõ lý do khác"),
                c("reasonDetail", "x".repeat(201), "Ghi rõ lý do (bắt buộc khi chọn lý do khác): dài quá 200 ký tự"),
                c("scope", DROP, "Phạm vi ủy quyền: bắt buộc"), c("scope", "x".repeat(2001), "Phạm vi ủy quyền: dài quá 2000 ký tự"),
                c("scope", "tra\u0000cứu", "Phạm vi ủy quyền: " + TEXT_CTRL),
                c("holderDuties", DROP, "Trách nhiệm của người ủy quyền: bắt buộc"),
                c("delegateDuties", "\u0301", "Trách nhiệm của người được ủy quyền: có dấu thanh")));
        authorization = client.start("ldtb.cv2", "Process_AuthorizationLetter", uq);

        Map<String, Object> leaver = new LinkedHashMap<>(Map.of("personUsername", "ldtb.cv2", "leaveReason", "TRANSFER",
                "handoverDate", TODAY.toString(), "newAgency", "Sở Nội vụ"));
        battery("leaver report", "ldtb.vp", "/process-definition/key/Process_AccountRevocation/submit-form", leaver, List.of(
                c("personUsername", "stp.cv1", "Người báo cáo: chỉ lãnh đạo đơn vị hoặc Văn phòng"),
                c("personUsername", "nobody", "Người nghỉ / chuyển: không có người"),
                c("personUsername", DROP, "Người nghỉ / chuyển: không có người"),
                c("leaveReason", "REVIEW", "Lý do: vui lòng chọn"), c("leaveReason", "BO_TRON", "Lý do: vui lòng chọn"),
                c("handoverDate", TODAY.plusDays(1).toString(), "Ngày hoàn thành bàn giao: không được sau ngày hôm nay"),
                c("handoverDate", "2026-04-31", "Ngày hoàn thành bàn giao: phải là một ngày có thật"),
                c("handoverDate", DROP, "Ngày hoàn thành bàn giao: bắt buộc"),
                c("newAgency", DROP, "Cơ quan mới: bắt buộc khi chuyển công tác"),
                c("newAgency", "Sở\u0000Nội vụ", "Cơ quan mới: " + TEXT_CTRL),
                c("newAgency", "x".repeat(201), "Cơ quan mới (khi chuyển công tác): dài quá 200 ký tự"),
                c("keepSystems", json("[\"OFFICIAL_EMAIL\"]"), "Tài khoản giữ lại: chỉ giữ được khi thay đổi vị trí"),
                c("keepSystems", json("[\"FACEBOOK\"]"), "Tài khoản giữ lại: không rõ hệ thống"),
                c("keepSystems", "[\"OFFICIAL", "Tài khoản giữ lại: danh sách không hợp lệ")));

    }

    /** The office's letter, the director's signature and the aggregator's batch up to PC06; returns the batch key. */
    String agencyLetter(String request, String rejected) throws Exception {
        String key = client.start("ldtb.vp", "Process_AgencySubmission", Map.of());
        String prepare = client.task("ldtb.vp", key, "Task_PrepareAgencyLetter");
        Map<String, Object> letter = new LinkedHashMap<>(Map.of("includedRequestNumbers", client.jsonList(List.of(request)),
                "letterNumber", "913", "letterDate", TODAY.toString()));
        String list = "Yêu cầu đưa vào công văn: ";
        battery("agency letter", "ldtb.vp", "/task/" + prepare + "/submit-form", letter, List.of(
                c("includedRequestNumbers", 42, list + "phải là một danh sách"),
                c("includedRequestNumbers", "[\"" + request, list + "danh sách không hợp lệ"),
                c("includedRequestNumbers", json("[]"), list + "phải chọn ít nhất một"),
                c("includedRequestNumbers", DROP, list + "phải chọn ít nhất một"),
                c("includedRequestNumbers", json("[\"SLĐTBXH-2026-999999\"]"), "SLĐTBXH-2026-999999"),
                c("includedRequestNumbers", json("[\"" + rejected + "\"]"), rejected),
                c("includedRequestNumbers", json("[\"<img src=x>\"]"), list + "yêu cầu <img src=x> không còn chờ"),
                c("letterNumber", DROP, "Số công văn: bắt buộc"), c("letterNumber", "abc", "Số công văn"),
                c("letterNumber", "9".repeat(61), "Số công văn: dài quá 60 ký tự"),
                c("letterNumber", "91\u00003", "Số công văn: bắt buộc, dạng \\\"125\\\" hoặc \\\"125/SLĐTBXH-VP\\\""),
                c("letterDate", TODAY.plusDays(1).toString(), "Ngày công văn: không được sau ngày hôm nay"),
                c("letterDate", "2026-02-30", "Ngày công văn: phải là một ngày có thật"),
                c("letterDate", DROP, "Ngày công văn: bắt buộc"), c("letterDate", "30/11/2026", "phải là một ngày có thật")));
        client.ok(client.complete("ldtb.vp", prepare, letter));

        String sign = client.task("ldtb.gd", key, "Task_SignByDirector");
        battery("director's signature", "ldtb.gd", "/task/" + sign + "/submit-form", Map.of("directorDecision", "SIGN"),
                List.of(c("directorDecision", "KY", "Ý kiến: vui lòng chọn ký công văn"), c("directorDecision", DROP, "Ý kiến: vui lòng chọn"),
                        c("directorDecision", "RETURN", "ghi rõ nội dung cần sửa"),
                        c("directorComment", "sửa\u0000", "Nội dung cần sửa: " + TEXT_CTRL),
                        c("directorComment", "x".repeat(1001), "dài quá 1000 ký tự")));
        client.ok(client.complete("ldtb.gd", sign, Map.of("directorDecision", "SIGN")));
        EngineJobs.runMessages(engine);

        long letterId = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
        String received = String.valueOf(jdbc.queryForObject("select id from agg_letter where agency_letter_id = ?",
                Long.class, letterId));
        ComposeTask offered = ComposeTask.offering(engine, client, Long.parseLong(received));
        String compose = offered.taskId();
        String batchKey = offered.batchKey();
        String chosen = "Công văn đưa vào đợt: ";
        battery("batch", "stttt.cv", "/task/" + compose + "/submit-form", Map.of("chosenLetters",
                client.jsonList(List.of(received))), List.of(c("chosenLetters", true, chosen + "phải là một danh sách"),
                c("chosenLetters", json("[\"999999\"]"), "999999"), c("chosenLetters", json("[\"abc\"]"), "công văn abc không còn chờ"),
                c("chosenLetters", json("{\"a\": 1}"), chosen + "phải là một danh sách")));
        client.ok(client.complete("stttt.cv", compose, Map.of("chosenLetters", client.jsonList(List.of(received)))));

        String leader = client.task("stttt.ld", batchKey, "Task_SignBatchLetter");
        battery("batch signature", "stttt.ld", "/task/" + leader + "/submit-form", Map.of("leaderDecision", "SIGN"),
                List.of(c("leaderDecision", "OK", "Ý kiến: vui lòng chọn"), c("leaderDecision", DROP, "Ý kiến: vui lòng chọn"),
                        c("leaderDecision", "RETURN", "ghi rõ nội dung cần sửa"),
                        c("leaderComment", "\u202esửa", "Nội dung cần sửa: " + TEXT_CTRL),
                        c("leaderComment", "x".repeat(1001), "dài quá 1000 ký tự")));
        client.ok(client.complete("stttt.ld", leader, Map.of("leaderDecision", "SIGN")));

        String send = client.task("stttt.cv", batchKey, "Task_SendToPC06");
        Map<String, Object> sent = Map.of("outgoingNumber", "9913", "sentDate", TODAY.toString(), "channel", "EDOC");
        battery("dispatch to PC06", "stttt.cv", "/task/" + send + "/submit-form", sent, List.of(
                c("outgoingNumber", DROP, "Số công văn đi: bắt buộc"), c("outgoingNumber", "abc", "Số công văn đi: bắt buộc"),
                c("outgoingNumber", "9".repeat(61), "Số công văn đi: dài quá 60 ký tự"),
                c("outgoingNumber", "99\u000713", "Số công văn đi: bắt buộc, dạng"),
                c("sentDate", TODAY.plusDays(3).toString(), "Ngày gửi: không được sau ngày hôm nay"),
                c("sentDate", "2026-11-31", "Ngày gửi: bắt buộc, một ngày có thật"), c("sentDate", DROP, "Ngày gửi: bắt buộc"),
                c("channel", "FAX", "Hình thức gửi: vui lòng chọn"), c("channel", DROP, "Hình thức gửi: vui lòng chọn")));
        client.ok(client.complete("stttt.cv", send, sent));
        return batchKey;
    }

    void pc06(String batchKey, String request, String rejected) throws Exception {
        String decide = client.task("pc06.cb", batchKey, "Task_RecordPC06Decisions");
        String approved = "PC06 đồng ý: ";
        battery("PC06's decisions", "pc06.cb", "/task/" + decide + "/submit-form", Map.of("approvedRequests",
                client.jsonList(List.of(request))), List.of(
                c("approvedRequests", "SLĐTBXH-2026-999998", "SLĐTBXH-2026-999998 không có trong đợt này"),
                c("approvedRequests", "[\"" + request, approved + "danh sách không hợp lệ"),
                c("approvedRequests", json("[\"SLĐTBXH-2026-999999\"]"), "SLĐTBXH-2026-999999 không có trong đợt này"),
                c("approvedRequests", json("[\"" + rejected + "\"]"), rejected + " không có trong đợt này"),
                c("rejectedRequests", client.jsonList(List.of(request)), request),
                c2("approvedRequests", DROP, "rejectedRequests", client.jsonList(List.of(request)), "lý do"),
                c("rejectionReasons", "x".repeat(4001), "Lý do không đồng ý: dài quá 4000 ký tự"),
                c("rejectionReasons", "lý\u0000do", "Lý do không đồng ý: " + TEXT_CTRL),
                c("confirmedRevocations", json("[\"999999\"]"), "đề nghị 999999 không có trong đợt này"),
                c("confirmedRevocations", 999999, "phải là một danh sách")));
        client.ok(client.complete("pc06.cb", decide, Map.of("approvedRequests", client.jsonList(List.of(request)))));
    }

    long provisioning(String request) throws Exception {
        String provision = client.task("tthc.qt", request, "Task_ProvisionAccount");
        Map<String, Object> made = Map.of("tthcAccountUsername", "bat.ductv.tk", "accountCreatedOn", TODAY.toString());
        String name = "Tên đăng nhập: ";
        battery("provisioning", "tthc.qt", "/task/" + provision + "/submit-form", made, List.of(
                c("tthcAccountUsername", DROP, name + "bắt buộc"), c("tthcAccountUsername", "đức", name),
                c("tthcAccountUsername", "a", name), c("tthcAccountUsername", "x".repeat(101), "Tên đăng nhập đã tạo: dài quá 100 ký tự"),
                c("tthcAccountUsername", "<script>", name), c("tthcAccountUsername", "bat\u0000ductv", name + "2–100 ký tự"),
                c("accountCreatedOn", TODAY.plusDays(1).toString(), "Ngày cấp: không được sau ngày hôm nay"),
                c("accountCreatedOn", "2026-06-31", "Ngày tạo tài khoản: phải là một ngày có thật"),
                c("accountCreatedOn", DROP, "Ngày cấp: bắt buộc")));
        client.ok(client.complete("tthc.qt", provision, made));
        return jdbc.queryForObject("select id from acc_account where account_username = 'bat.ductv.tk'", Long.class);
    }

    void passwordChange(long account) throws Exception {
        String key = "TK-" + account;
        String lifecycle = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
                .singleResult().getId();
        // forty days on, the monthly change is due
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(40))));
        try {
            engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                    .processInstanceId(lifecycle).timers().singleResult().getId());
        } finally {
            ClockUtil.reset();
        }
        String confirm = client.task("ldtb.cv2", key, "Task_ConfirmPasswordChanged");
        String on = "Ngày đổi mật khẩu: ";
        battery("password change", "ldtb.cv2", "/task/" + confirm + "/submit-form", Map.of("passwordChangedOn",
                TODAY.toString()), List.of(c("passwordChangedOn", TODAY.plusDays(1).toString(), on + "không được sau ngày hôm nay"),
                c("passwordChangedOn", "2026-09-31", on + "phải là một ngày có thật"), c("passwordChangedOn", DROP, on + "bắt buộc"),
                c("passwordChangedOn", TODAY.minusYears(3).toString(), on)));
        client.ok(client.complete("ldtb.cv2", confirm, Map.of("passwordChangedOn", TODAY.toString())));
    }

    void review(long account) throws Exception {
        String key = client.start("ldtb.vp", "Process_AccountReview", Map.of());
        String mine = client.task("ldtb.tp2", key, "Task_ReviewUnitAccounts");
        String reason = "Lý do đề nghị đóng: ";
        battery("review", "ldtb.tp2", "/task/" + mine + "/submit-form", Map.of(), List.of(
                c("closeAccounts", client.jsonList(List.of(String.valueOf(account))), reason + "ghi rõ lý do"),
                c2("closeAccounts", json("[\"999999\"]"), "closeReason", "Đã nghỉ", "999999"),
                c2("closeAccounts", 7, "closeReason", "Đã nghỉ", "phải là một danh sách"),
                c2("closeAccounts", client.jsonList(List.of(String.valueOf(account))), "closeReason", "Đã\u0000nghỉ",
                        reason + TEXT_CTRL),
                c2("closeAccounts", client.jsonList(List.of(String.valueOf(account))), "closeReason", "x".repeat(2001),
                        reason + "dài quá 2000 ký tự")));
        client.ok(client.complete("ldtb.tp2", mine, Map.of()));
        // a unit with open accounts of other tests has its own review: its head keeps them all
        String other = client.task("ldtb.tp1", key, "Task_ReviewUnitAccounts");
        if (other != null) {
            client.ok(client.complete("ldtb.tp1", other, Map.of()));
        }
        EngineJobs.runMessages(engine);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }

    /** The unit head's decision on the giấy ủy quyền, then a move within the agency closes the official e-mail. */
    void authorizationAndClosing() throws Exception {
        String accept = client.task("ldtb.cv1", authorization, "Task_AcceptByDelegate");
        battery("delegate acceptance", "ldtb.cv1", "/task/" + accept + "/submit-form", Map.of("delegateAnswer", "ACCEPT"),
                List.of(c("delegateAnswer", "YES", "Trả lời: vui lòng chọn"), c("delegateAnswer", DROP, "Trả lời: vui lòng chọn"),
                        c("delegateAnswer", "DECLINE", "Khi không nhận, vui lòng ghi rõ lý do"),
                        c("delegateComment", "x\u0000", "Lý do không nhận: " + TEXT_CTRL),
                        c("delegateComment", "x".repeat(1001), "Lý do không nhận: dài quá 1000 ký tự")));
        client.ok(client.complete("ldtb.cv1", accept, Map.of("delegateAnswer", "ACCEPT")));
        String approve = client.task("ldtb.tp2", authorization, "Task_ApproveAuthorization");
        String comment = "Nội dung cần bổ sung / lý do không duyệt: ";
        battery("giấy ủy quyền approval", "ldtb.tp2", "/task/" + approve + "/submit-form", Map.of("authorizationDecision",
                "APPROVE"), List.of(c("authorizationDecision", "DUYET", "Ý kiến: vui lòng chọn"),
                c("authorizationDecision", DROP, "Ý kiến: vui lòng chọn"), c("authorizationDecision", "RETURN", "Khi trả lại, vui lòng ghi rõ nội dung cần bổ sung"),
                c("authorizationDecision", "REJECT", "Khi không duyệt, vui lòng ghi rõ lý do"), c("decisionComment", "x\u0000", comment + TEXT_CTRL),
                c("decisionComment", "x".repeat(1001), comment + "dài quá 1000 ký tự")));
        client.ok(client.complete("ldtb.tp2", approve, Map.of("authorizationDecision", "REJECT",
                "decisionComment", "Thử nghiệm")));

        String th = client.start("ldtb.vp", "Process_AccountRevocation", Map.of("personUsername", "ldtb.cv2", "leaveReason",
                "POSITION_CHANGE", "handoverDate", TODAY.toString(), "newPosition", "Chuyên viên chính", "keepSystems",
                client.jsonList(List.of("DLDC_TTHC", "IOFFICE"))));
        var closings = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(th).list();
        assertThat(closings).isNotEmpty();
        String on = "Ngày đóng tài khoản: ";
        String mine = null;
        for (var t : closings) {
            if (Rendered.plain(client.variable("ldtb.vp", t.getId(), "closeSummary").asText()).contains("bat.ductv@angiang.gov.vn")) {
                mine = t.getId();
            }
        }
        assertThat(mine).as("the closing of the account recorded three days ago").isNotNull();
        battery("closing", "ldtb.vp", "/task/" + mine + "/submit-form", Map.of("closedOn",
                TODAY.toString()), List.of(c("closedOn", TODAY.plusDays(1).toString(), on + "không được sau ngày hôm nay"),
                c("closedOn", "2026-04-31", on + "phải là một ngày có thật"), c("closedOn", DROP, on + "bắt buộc"),
                c("closedOn", TODAY.minusDays(10).toString(), on + "không được trước ngày cấp tài khoản"), c("closedOn", "ngày mai", on + "phải là một ngày có thật")));
        for (var t : closings) {
            client.ok(client.complete("ldtb.vp", t.getId(), Map.of("closedOn", TODAY.toString())));
        }
        EngineJobs.runMessages(engine);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(th).count()).isZero();
    }
}
