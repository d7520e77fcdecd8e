package vn.dldcaccess.document;

import java.time.LocalDate;

/**
 * The top block of an administrative document.
 *
 * @param parentBody  the governing body, upper case (e.g. "UBND TỈNH AN GIANG")
 * @param issuer      the issuing agency (printed upper case, bold)
 * @param numberLine  "Số: 12/SLĐTBXH-VP", or null for documents without a number
 * @param subject     the "V/v …" line under the number, or null
 * @param placeName   place of the place-and-date line ("An Giang")
 * @param date        date of the document
 */
public record OfficialHeader(String parentBody, String issuer, String numberLine, String subject, String placeName,
                             LocalDate date) {
}
