package vn.dldcaccess.document;

import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.registration.Form1658Field;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every kind of document as the application issues it: the data its caller gathers, the wording of its template,
 * the signature in the capacity the caller picks, sealed where the demo organization seals it (by a demo seal
 * whose name carries the demo marker, as the demo run's do). Sizes are parameters, for sweeps.
 */
final class IssuedDocuments {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final ZonedDateTime AT = DAY.atTime(14, 35).atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String PLACE = "An Giang";
    static final DocumentTexts TEXTS = PdfBlocksTest.BUILT_IN;
    static final AgencyInfo STP = new AgencyInfo("STP", AgencyKind.AGENCY, "Sở Tư pháp", "UBND TỈNH AN GIANG", "STP",
            "STP-VP", "GIÁM ĐỐC");
    static final AgencyInfo LDTB = new AgencyInfo("SLDTBXH", AgencyKind.AGENCY, "Sở Lao động - Thương binh và Xã hội",
            "UBND TỈNH AN GIANG", "SLĐTBXH", "SLĐTBXH-VP", "GIÁM ĐỐC");
    static final AgencyInfo STTTT = new AgencyInfo("STTTT", AgencyKind.AGGREGATOR, "Sở Thông tin và Truyền thông",
            "UBND TỈNH AN GIANG", "STTTT", "STTTT-BCVT", "GIÁM ĐỐC");
    static final PersonInfo OFFICE_HEAD = person("stp.vp", "Lý Văn Hậu", "Chánh Văn phòng", Role.AGENCY_OFFICE);
    static final PersonInfo OFFICE_CLERK = person("stp.vt", "Phan Thị Thu", "Chuyên viên", Role.AGENCY_OFFICE);
    static final PersonInfo UNIT_HEAD = person("stp.tp1", "Ngô Thanh Tùng", "Trưởng phòng", Role.UNIT_HEAD);
    static final PersonInfo DIRECTOR = person("ldtb.gd", "Huỳnh Văn Thắng", "Giám đốc", Role.DIRECTOR);
    static final PersonInfo DEPUTY = person("stttt.ld", "Tạ Quang Dũng", "Phó Giám đốc", Role.AGGREGATOR_LEADER);
    private static final Map<String, Pki.Issued> SEALS = Map.of(
            "STP", seal(STP), "SLDTBXH", seal(LDTB), "STTTT", seal(STTTT));

    /** A document as issued, and who the reader must find under its signature. */
    record Issued(String kind, byte[] pdf, boolean sealed, String signer, String subject) {
    }

    private final PdfDocuments pdf = new PdfDocuments();

    private static PersonInfo person(String username, String name, String position, Role role) {
        return new PersonInfo(username, name, username + "@angiang.gov.vn", position, "STP", null, Set.of(role));
    }

    private static Pki.Issued seal(AgencyInfo a) {
        return Pki.signer("CN=" + a.name() + " (" + SealKeys.DEMO_MARK + "),O=" + a.parentBody(), TestPki.CA,
                TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(700)));
    }

    static byte[] sealed(String agency, byte[] issued) {
        Pki.Issued s = SEALS.get(agency);
        return PdfSeal.seal(issued, s.keys().getPrivate(), TestPki.chain(s, TestPki.CA), PLACE, AT);
    }

    private static String words(int n, String word) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(word);
        }
        return b.toString();
    }

    /** Form 1658, fields as RegistrationFormFields numbers them; {@code noteWords} words of note. */
    Issued form(int noteWords) {
        List<FormField> before = new ArrayList<>();
        String[] values = {"Nguyễn Thị Hường", "17/05/1990", "Nữ", "089190001234", "Chuyên viên",
                "Phòng Việc làm - An toàn lao động", "Sở Lao động - Thương binh và Xã hội",
                "Tiếp nhận hồ sơ thủ tục hành chính lĩnh vực việc làm", "0912345678", "huongnt@angiang.gov.vn",
                "huongnt", "Tra cứu, Xác thực", "Xác thực thông tin công dân khi tiếp nhận hồ sơ"};
        int v = 0;
        for (Form1658Field f : Form1658Field.values()) {
            if (!f.number().startsWith("13.") && !f.number().equals("14")) {
                before.add(new FormField(f.number(), f.label(), values[v++]));
            }
        }
        DocumentTexts.Texts t = TEXTS.render(DocumentTemplate.REGISTRATION_FORM, Map.of());
        RegistrationFormData data = new RegistrationFormData(new OfficialHeader(LDTB.parentBody(), LDTB.name(), null,
                null, PLACE, DAY), t.line("tieu-de"), t.line("trich-yeu"), "SLĐTBXH-2026-000123", before, "13",
                t.items("cam-ket"), List.of(new FormField("14", "Ghi chú", words(noteWords, "ghi chú dài"))),
                "Nguyễn Thị Hường", "Lê Thị Thu Hà", DAY);
        return new Issued("phieu-dang-ky-1658", pdf.registrationForm(data), false, "Lê Thị Thu Hà", t.line("tieu-de"));
    }

    /** The agency's công văn with {@code people} in its list, signed by the director, sealed. */
    Issued agencyLetter(int people, boolean signed) {
        DocumentTexts.Texts t = TEXTS.render(DocumentTemplate.AGENCY_LETTER, Map.of("coQuan", LDTB.name(),
                "coQuanTongHop", STTTT.name(), "soNguoi", people));
        String title = PdfDocuments.signatureTitle(LDTB.signerTitle(), DIRECTOR.position());
        LetterData data = new LetterData(new OfficialHeader(LDTB.parentBody(), LDTB.name(), "Số: 05/SLĐTBXH-VP",
                t.line("trich-yeu"), PLACE, DAY), t.line("kinh-gui"), t.paragraphs("noi-dung"), t.line("tieu-de-danh-sach"),
                PdfDocumentsTest.letter(0).columns(), PdfDocumentsTest.letter(0).widths(),
                PdfDocumentsTest.letter(people).sections(), t.items("noi-nhan"),
                signed ? SignatureBlock.signedOnSystem(title, DIRECTOR.fullName(), DAY)
                        : SignatureBlock.draft(title, DIRECTOR.fullName()), t.line("ten-van-ban"));
        byte[] issued = pdf.letterWithList(data, signed);
        return new Issued(signed ? "cong-van-de-nghi-cap" : "cong-van-de-nghi-cap-du-thao",
                signed ? sealed("SLDTBXH", issued) : issued, signed, DIRECTOR.fullName(), t.line("trich-yeu"));
    }

    /** The aggregator's công văn to PC06: {@code people} requested, {@code revocations} to revoke, signed KT. */
    Issued batchLetter(int people, int revocations) {
        DocumentTexts.Texts t = TEXTS.render(DocumentTemplate.BATCH_LETTER, Map.of("coQuanTongHop", STTTT.name(),
                "pc06", "Phòng Cảnh sát QLHC về TTXH - Công an tỉnh An Giang", "canCu",
                List.of("Công văn số 05/SLĐTBXH-VP ngày 02/3/2026 của Sở Lao động - Thương binh và Xã hội"),
                "soNguoi", people, "soCoQuan", 1, "soThuHoi", revocations));
        String title = PdfDocuments.signatureTitle(STTTT.signerTitle(), DEPUTY.position());
        LetterData data = new LetterData(new OfficialHeader(STTTT.parentBody(), STTTT.name(), "Số: 09/STTTT-BCVT",
                t.line("trich-yeu"), PLACE, DAY), t.line("kinh-gui"), t.paragraphs("noi-dung"), t.line("tieu-de-danh-sach"),
                PdfDocumentsTest.letter(0).columns(), PdfDocumentsTest.letter(0).widths(),
                List.of(new ListSection(LDTB.name(), PdfDocumentsTest.letter(people).sections().get(0).rows())),
                t.items("noi-nhan"), SignatureBlock.signedOnSystem(title, DEPUTY.fullName(), DAY), t.line("ten-van-ban"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= revocations; i++) {
            rows.add(List.of(String.valueOf(i), "Ngô Đức Thịnh", "089190001234", STP.name(), "thinhnd",
                    "Nghỉ hưu", "TH-" + i));
        }
        AttachedList revoked = new AttachedList(t.line("tieu-de-danh-sach-thu-hoi"), List.of("STT", "Họ và tên",
                "Số định danh cá nhân", "Cơ quan", "Tài khoản", "Lý do", "Số hồ sơ"),
                new float[]{27, 95, 75, 135, 100, 130, 60}, rows, "Tổng cộng: " + revocations
                + " tài khoản đề nghị thu hồi.");
        return new Issued("cong-van-gui-pc06", sealed("STTTT", pdf.letterWithList(data, true, revoked)), true,
                DEPUTY.fullName(), t.line("trich-yeu"));
    }

    /** The giấy ủy quyền with {@code duties} duties of the delegate, approved by a Trưởng phòng, sealed. */
    Issued authorization(int duties) {
        return authorization(2, duties);
    }

    /** … and {@code holderDuties} of the holder (the sections before the last grow). */
    Issued authorization(int holderDuties, int duties) {
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= duties; i++) {
            many.add("Trách nhiệm thứ " + i + " của người được ủy quyền khi sử dụng tài khoản.");
        }
        List<String> holders = new ArrayList<>();
        for (int i = 1; i <= holderDuties; i++) {
            holders.add("Trách nhiệm thứ " + i + " của người ủy quyền đối với tài khoản được ủy quyền.");
        }
        AuthorizationLetterData a = PdfBlocksTest.authorization(many);
        String approval = SignatureCapacity.forAgency(LDTB.signerTitle(), "Trưởng phòng").orElseThrow();
        AuthorizationLetterData data = new AuthorizationLetterData(new OfficialHeader(LDTB.parentBody(), LDTB.name(),
                "Số: 01/GUQ-SLĐTBXH", null, PLACE, DAY), a.texts(), a.holder(), a.delegate(), a.content(),
                holders, a.delegateDuties(), a.holderSignature(), a.delegateSignature(),
                new SignatureBlock(approval, a.approval().note(), a.approval().name()));
        return new Issued("giay-uy-quyen", sealed("SLDTBXH", pdf.authorizationLetter(data)), true,
                a.approval().name(), a.texts().line("trich-yeu"));
    }

    /** The closing notice of {@code accounts} accounts, reported by {@code reporter}. */
    Issued closureNotice(int accounts, PersonInfo reporter, boolean sealed) {
        List<ClosureNotice.Account> list = new ArrayList<>();
        String[] systems = {"Hệ thống TTHC (DLDC)", "VNPT-iOffice", "Thư điện tử công vụ"};
        for (int i = 0; i < accounts; i++) {
            list.add(new ClosureNotice.Account(systems[i % 3], "thinhnd" + (i == 0 ? "" : "." + i),
                    i % 4 == 3 ? null : DAY.plusDays(i % 3), "Lý Văn Hậu", i % 5 == 4));
        }
        PersonInfo signer = sealed ? SignatureCapacity.signer(STP.signerTitle(), reporter, List.of(OFFICE_CLERK,
                OFFICE_HEAD)) : reporter;
        ClosureNotice n = new ClosureNotice(STP, PLACE, DAY, "01/TB-STP", "Ngô Đức Thịnh", "thay đổi vị trí công tác",
                "Chuyên viên Phòng Bổ trợ tư pháp", null, DAY.minusDays(3), DAY.plusDays(2), list, signer,
                reporter.username(), sealed);
        TitledDocumentData data = n.data(TEXTS);
        byte[] issued = pdf.titled(data);
        return new Issued(sealed ? "thong-bao-dong-tai-khoan" : "thong-bao-dong-tai-khoan-khong-dau",
                sealed ? sealed("STP", issued) : issued, sealed, signer.fullName(), data.subject());
    }

    /** The biên bản of {@code accounts} accounts reviewed by {@code reviewer}. */
    Issued reviewReport(int accounts, PersonInfo reviewer, boolean sealed, int reasonWords) {
        List<ReviewReport.Account> list = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            boolean keep = i % 3 != 2;
            list.add(new ReviewReport.Account(i % 2 == 0 ? "Hệ thống TTHC (DLDC)" : "VNPT-iOffice", "khoidm" + i,
                    PdfDocumentsTest.NAMES[i % PdfDocumentsTest.NAMES.length], keep,
                    keep ? null : "Không còn nhiệm vụ " + words(reasonWords, "tiếp nhận hồ sơ")));
        }
        PersonInfo office = sealed ? SignatureCapacity.signer(STP.signerTitle(), null, List.of(OFFICE_CLERK,
                OFFICE_HEAD)) : null;
        ReviewReport r = new ReviewReport(STP, "Phòng Hành chính tư pháp", "07/BB-STP", "RS-1", DAY.minusDays(5), AT,
                list, reviewer, reviewer.username(), office, sealed);
        TitledDocumentData data = r.data(TEXTS);
        byte[] issued = pdf.titled(data);
        boolean reviewerSigns = !sealed || SignatureCapacity.mayActForAgency(STP.signerTitle(), reviewer.position());
        return new Issued(sealed ? "bien-ban-ra-soat" : "bien-ban-ra-soat-khong-dau", sealed ? sealed("STP", issued)
                : issued, sealed, reviewerSigns ? reviewer.fullName() : office.fullName(), data.subject());
    }

    /** One of each kind and variant, at ordinary sizes. */
    List<Issued> everyKind() {
        return List.of(form(0), agencyLetter(3, true), agencyLetter(3, false), batchLetter(3, 2), authorization(2),
                closureNotice(3, OFFICE_HEAD, true), closureNotice(3, OFFICE_HEAD, false),
                reviewReport(4, UNIT_HEAD, true, 1), reviewReport(4, UNIT_HEAD, false, 1));
    }
}
