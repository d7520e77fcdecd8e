package vn.dldcaccess.document;

import java.time.LocalDate;

/**
 * A signature block that states only what happened (issue 14): the capacity and title lines, one line saying
 * what the person did on the system and when (none on a draft), and the name.
 *
 * @param title lines above the signature, "\n"-separated ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
 * @param note  what happened, in brackets, or null (a draft: nobody has acted yet)
 * @param name  the person, or "" when not known yet
 */
public record SignatureBlock(String title, String note, String name) {

    /** A draft for someone to sign: title and name, nothing claimed. */
    public static SignatureBlock draft(String title, String name) {
        return new SignatureBlock(title, null, name == null ? "" : name);
    }

    /** Signed with the "ký duyệt" step of the application (no digital signature claimed by these words). */
    public static SignatureBlock signedOnSystem(String title, String name, LocalDate on) {
        return new SignatureBlock(title, "(Đã ký duyệt trên hệ thống ngày " + PdfDocuments.dmy(on) + ")", name);
    }

    /** A decision recorded in the application (a unit head's review, an approval). */
    public static SignatureBlock confirmedOnSystem(String title, String name, LocalDate on) {
        return new SignatureBlock(title, "(Đã xác nhận trên hệ thống ngày " + PdfDocuments.dmy(on) + ")", name);
    }

    /** Drawn up by the application from what this person recorded; nobody signed it. */
    public static SignatureBlock drawnUp(String title, String name, LocalDate on) {
        return new SignatureBlock(title, "(Lập trên hệ thống ngày " + PdfDocuments.dmy(on) + ", không ký)", name);
    }
}
