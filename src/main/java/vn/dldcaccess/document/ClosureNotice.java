package vn.dldcaccess.document;

import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.PersonInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The thông báo đóng tài khoản (template thong-bao-dong-tai-khoan.ftl): a thông báo, not a công văn (issue 21), of
 * what the office reported and what was closed, the accounts in a table in its text.
 *
 * @param number    "03/TB-STP"
 * @param reason    the reason in lower case ("nghỉ hưu")
 * @param signer    who signs: when the agency seals it, someone who may sign in the agency's name
 *                  ({@link SignatureCapacity#signer}); otherwise the one who reported
 * @param sealed    whether the agency seals its notices: the signature is then the agency's, and claims no less
 */
public record ClosureNotice(AgencyInfo agency, String placeName, LocalDate date, String number, String person,
                            String reason, String newPosition, String newAgency, LocalDate handover, LocalDate deadline,
                            List<Account> accounts, PersonInfo signer, String signerUsername, boolean sealed) {

    /** One account of the person: closed on a day by someone, on time or late; or kept (closedOn null). */
    public record Account(String system, String username, LocalDate closedOn, String closedBy, boolean late) {
    }

    public ClosureNotice {
        accounts = List.copyOf(accounts);
    }

    public TitledDocumentData data(DocumentTexts texts) {
        Map<String, Object> model = new HashMap<>();
        model.put("coQuan", agency.name());
        model.put("nguoi", person);
        model.put("lyDo", reason);
        model.put("viTriMoi", newPosition);
        model.put("coQuanMoi", newAgency);
        model.put("ngayBanGiao", PdfDocuments.dmy(handover));
        model.put("hanDong", PdfDocuments.dmy(deadline));
        DocumentTexts.Texts t = texts.render(DocumentTemplate.CLOSURE_NOTICE, model);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        int kept = 0;
        for (Account a : accounts) {
            boolean keep = a.closedOn() == null;
            kept += keep ? 1 : 0;
            rows.add(List.of(String.valueOf(n++), a.system(), a.username(), keep ? "Giữ lại" : PdfDocuments.dmy(a.closedOn()),
                    keep ? "" : a.closedBy(), keep ? "" : a.late() ? "Quá hạn" : "Đúng hạn"));
        }
        String total = "Tổng cộng: " + accounts.size() + " tài khoản (đã đóng " + (accounts.size() - kept)
                + (kept > 0 ? ", giữ lại " + kept : "") + ").";
        AttachedList table = new AttachedList(null, List.of("STT", "Hệ thống", "Tài khoản", "Ngày đóng", "Người đóng",
                "Thời hạn"), new float[]{22, 84, 120, 62, 90, 52}, rows, total);
        String name = signer == null ? signerUsername : signer.fullName();
        String position = signer == null ? null : signer.position();
        // the agency's seal goes on a signature in the agency's name; a sealed notice never says it was not signed
        String note = "(Lập trên hệ thống ngày " + PdfDocuments.dmy(date) + (sealed ? ")" : ", không ký)");
        String title = sealed ? SignatureCapacity.forAgency(agency.signerTitle(), position)
                .orElseGet(() -> SignatureCapacity.own(position, "NGƯỜI LẬP")) : SignatureCapacity.own(position, "NGƯỜI LẬP");
        SignatureBlock signature = new SignatureBlock(title, note, name);
        return new TitledDocumentData(new OfficialHeader(agency.parentBody(), agency.name(), "Số: " + number, null,
                placeName, date), t.line("ten-van-ban"), t.line("trich-yeu"), t.paragraphs("noi-dung"), table,
                t.paragraphs("sau-bang"), t.items("noi-nhan"), List.of(signature));
    }
}
