package vn.dldcaccess.document;

import java.time.LocalDate;

/**
 * What an issued PDF says about itself (PDF/A-3b): title, issuer, number and date in its XMP metadata, and the
 * document's data as a JSON attachment that a receiving system reads without parsing text.
 *
 * @param number the official number ("12/GUQ-SLĐTBXH"), or null for a draft or a printout
 */
record DocumentMeta(String title, String issuer, String number, LocalDate date, byte[] json) {
}
