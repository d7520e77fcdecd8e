package vn.dldcaccess.document;

import vn.dldcaccess.shared.RefusedException;

/**
 * A PDF from outside that is not read at all: not a well-formed PDF, or beyond one of the {@link PdfLimits}. The
 * English message names the limit for the log; the Vietnamese one tells the person what is wrong with the file.
 */
class PdfRefused extends RefusedException {
    PdfRefused(String englishLogMessage, String vietnameseMessage) {
        super(englishLogMessage, vietnameseMessage);
    }

    static PdfRefused malformed(String why) {
        return new PdfRefused("Malformed PDF: " + why, "Tệp không phải là tệp PDF đọc được.");
    }

    static PdfRefused tooComplex(String why, String vietnameseWhat) {
        return new PdfRefused("PDF beyond limits: " + why,
                "Tệp PDF vượt giới hạn xử lý của hệ thống (" + vietnameseWhat + "); văn bản do hệ thống phát hành "
                        + "không bao giờ như vậy.");
    }
}
