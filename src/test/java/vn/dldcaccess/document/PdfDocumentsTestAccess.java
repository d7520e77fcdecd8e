package vn.dldcaccess.document;

/** What tests of other packages (the browser's) use of this package's test data. */
public final class PdfDocumentsTestAccess {
    private PdfDocumentsTestAccess() {
    }

    public static LetterData letter(int rows) {
        return PdfDocumentsTest.letter(rows);
    }

    /** A page whose content inflates to 1 GiB (about 1 MB as sent). */
    public static byte[] bomb() {
        return HostilePdfs.all().get("page content inflating to 1 GiB").file().get();
    }
}
