package vn.dldcaccess.document;

import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.PersonInfo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The biên bản rà soát tài khoản of one unit (template bien-ban-ra-soat.ftl): a biên bản (issue 21), recording when,
 * where, who took part and what was found, each account in a table in its text, signed by who took part.
 *
 * @param number        "07/BB-STP"
 * @param campaign      the campaign's reference ("RS-1")
 * @param opened        the day the campaign was opened
 * @param recorded      when the result was recorded on the system
 * @param reviewer      who reviewed and recorded the result
 * @param officeSigner  when the agency seals its biên bản and the reviewer may not sign in the agency's name: who
 *                      signs for it ({@link SignatureCapacity#signer}); else null
 * @param sealed        whether the agency seals its biên bản
 */
public record ReviewReport(AgencyInfo agency, String unitName, String number, String campaign, LocalDate opened,
                           ZonedDateTime recorded, List<Account> accounts, PersonInfo reviewer, String reviewerUsername,
                           PersonInfo officeSigner, boolean sealed) {

    /** One account reviewed: kept, or marked for closing with its reason. */
    public record Account(String system, String username, String holder, boolean kept, String reason) {
    }

    public ReviewReport {
        accounts = List.copyOf(accounts);
    }

    public TitledDocumentData data(DocumentTexts texts) {
        String reviewerName = reviewer == null ? reviewerUsername : reviewer.fullName();
        String position = reviewer == null ? null : reviewer.position();
        long kept = accounts.stream().filter(Account::kept).count();
        Map<String, Object> model = new HashMap<>();
        model.put("coQuan", agency.name());
        model.put("donVi", unitName);
        model.put("dot", campaign);
        model.put("moDot", PdfDocuments.dmy(opened));
        model.put("luc", String.format("%02d giờ %02d", recorded.getHour(), recorded.getMinute()));
        model.put("ngayRaSoat", PdfDocuments.dmy(recorded.toLocalDate()));
        model.put("thanhPhan", List.of(reviewerName + (position == null ? "" : ", " + position) + " - " + unitName
                + ", người rà soát và ghi kết quả"));
        model.put("soTaiKhoan", accounts.size());
        model.put("giuLai", kept);
        model.put("deNghiDong", accounts.size() - kept);
        DocumentTexts.Texts t = texts.render(DocumentTemplate.REVIEW_REPORT, model);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Account a : accounts) {
            rows.add(List.of(String.valueOf(n++), a.system(), a.username(), a.holder(),
                    a.kept() ? "Giữ lại" : "Đề nghị đóng", a.reason() == null ? "" : a.reason()));
        }
        AttachedList table = new AttachedList(null, List.of("STT", "Hệ thống", "Tài khoản", "Người sử dụng", "Kết quả",
                "Lý do"), new float[]{22, 72, 120, 88, 52, 108}, rows, "Tổng cộng: " + accounts.size()
                + " tài khoản; giữ lại " + kept + ", đề nghị đóng " + (accounts.size() - kept) + ".");
        LocalDate on = recorded.toLocalDate();
        String confirmed = "(Đã xác nhận trên hệ thống ngày " + PdfDocuments.dmy(on) + ")";
        boolean reviewerForAgency = SignatureCapacity.mayActForAgency(agency.signerTitle(), position);
        List<SignatureBlock> signatures;
        OfficialHeader header;
        if (!sealed) {
            // the unit's own record, signed by who took part in their own names
            signatures = List.of(new SignatureBlock(SignatureCapacity.own(position, "NGƯỜI RÀ SOÁT"), confirmed,
                    reviewerName));
            header = new OfficialHeader(agency.name(), unitName,
                    "Số: " + number, null, null, on);
        } else if (reviewerForAgency || officeSigner == null
                || !SignatureCapacity.mayActForAgency(agency.signerTitle(), officeSigner.position())) {
            // under the agency's seal: the reviewer signs in the agency's name ("TL. GIÁM ĐỐC / Trưởng phòng")
            signatures = List.of(new SignatureBlock(SignatureCapacity.forAgency(agency.signerTitle(), position)
                    .orElseGet(() -> SignatureCapacity.own(position, "NGƯỜI RÀ SOÁT")), confirmed, reviewerName));
            header = agencyHeader(on);
        } else {
            // who took part signs in her own name; the agency's signature beside it carries the seal
            signatures = List.of(new SignatureBlock(position == null || position.isBlank() ? "NGƯỜI RÀ SOÁT"
                    : "NGƯỜI RÀ SOÁT\n" + position.strip(),
                    confirmed, reviewerName), new SignatureBlock(SignatureCapacity.forAgency(agency.signerTitle(),
                    officeSigner.position()).orElseThrow(), "(Lập trên hệ thống ngày " + PdfDocuments.dmy(on) + ")",
                    officeSigner.fullName()));
            header = agencyHeader(on);
        }
        return new TitledDocumentData(header, t.line("ten-van-ban"), t.line("trich-yeu"), t.paragraphs("noi-dung"),
                table, t.paragraphs("sau-bang"), t.items("noi-nhan"), signatures);
    }

    /** Issued under the agency's number and seal: the agency heads it. */
    private OfficialHeader agencyHeader(LocalDate on) {
        return new OfficialHeader(agency.parentBody(), agency.name(), "Số: " + number, null, null, on);
    }
}
