package vn.dldcaccess.reconciliation;

/**
 * One account of the system's export.
 *
 * @param line     the line a person sees in the file (the header is line 1)
 * @param holder   who uses it as the export says (a log-in of the organization file, or empty)
 * @param fullName the holder's name as the export says (or empty)
 * @param agency   the agency code as the export says (or empty: the agency of the run)
 */
record ExportRow(int line, String username, SystemStatus status, String holder, String fullName, String agency) {
    String key() {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
