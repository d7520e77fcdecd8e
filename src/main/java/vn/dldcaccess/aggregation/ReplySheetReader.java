package vn.dldcaccess.aggregation;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of an XLSX file, read as a stream of rows (never the whole workbook in memory), within the
 * limits of {@link ReplyFileReader}: each part of the ZIP inflates to at most {@link #MAX_PART_BYTES} and never
 * more than 100 times its size (POI's zip-bomb guard), the sheet's XML has no DTD (POI's secure parser), at most
 * {@code maxRows} rows (empty ones kept, so row numbers are the ones a person sees), the first
 * {@link ReplyFileReader#MAX_COLUMNS} columns, each cell cut at {@link ReplyFileReader#MAX_CELL} characters.
 */
final class ReplySheetReader {
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;

    static {
        // process-wide POI settings: every XLSX this application reads comes from outside
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(200);
        ZipSecureFile.setMaxTextSize(MAX_PART_BYTES);
    }

    /** Thrown from the parser's callbacks when the sheet has more rows than may be read. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private ReplySheetReader() {
    }

    static List<List<String>> read(byte[] content, int maxRows) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return out;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new Rows(out, maxRows), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        }
        return out;
    }

    private record Rows(List<List<String>> out, int maxRows) implements XSSFSheetXMLHandler.SheetContentsHandler {
        @Override
        public void startRow(int rowNum) {
            if (rowNum >= maxRows) {
                throw new TooManyRows();
            }
            while (out.size() <= rowNum) {
                out.add(new ArrayList<>());
            }
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null || out.isEmpty()) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column >= ReplyFileReader.MAX_COLUMNS) {
                return;
            }
            List<String> row = out.get(out.size() - 1);
            while (row.size() < column) {
                row.add("");
            }
            String v = value == null ? "" : value;
            row.add(v.length() > ReplyFileReader.MAX_CELL ? v.substring(0, ReplyFileReader.MAX_CELL) : v);
        }
    }

}
