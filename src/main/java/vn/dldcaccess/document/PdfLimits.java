package vn.dldcaccess.document;

/**
 * What a PDF from outside (the open verification page, a signer's upload) may cost before it is refused. Each
 * number is far above what a document this application issues needs (a 1 000-row letter: about 600 KB, 250
 * objects, one signature field, streams under 1 MB inflated), and low enough that eight of them at once fit in a
 * small heap. The README's "Trust" section lists them.
 *
 * @param maxBytes             the file
 * @param maxObjects           indirect objects, counted in the file and in every cross-reference section
 * @param maxTokens            syntax tokens outside stream data (an object of a million numbers costs memory too)
 * @param maxDepth             arrays and dictionaries inside one another within an object
 * @param maxRevisions         the original and its incremental updates (each ends with %%EOF)
 * @param maxStreamInflated    bytes any one stream may decode to
 * @param maxTotalInflated     bytes all the file's streams may decode to together
 * @param maxFilters           filters chained on one stream
 * @param maxFields            form fields in the whole field tree
 * @param maxFieldDepth        levels of the field tree
 * @param maxSignatures        signature fields
 * @param maxSignatureBytes    one signature's CMS (its certificates and revocation data included)
 * @param maxPages             pages
 * @param memoryBytes          PDFBox's main-memory budget for one file (beyond it, scratch space on disk)
 * @param scratchBytes         PDFBox's scratch space on disk for one file
 */
record PdfLimits(int maxBytes, int maxObjects, int maxTokens, int maxDepth, int maxRevisions, long maxStreamInflated,
                 long maxTotalInflated, int maxFilters, int maxFields, int maxFieldDepth, int maxSignatures,
                 int maxSignatureBytes, int maxPages, long memoryBytes, long scratchBytes) {

    static final PdfLimits DEFAULT = new PdfLimits(5 * 1024 * 1024, 20_000, 400_000, 32, 16, 16L * 1024 * 1024,
            64L * 1024 * 1024, 4, 200, 8, 10, 256 * 1024, 2_000, 8L * 1024 * 1024, 64L * 1024 * 1024);
}
