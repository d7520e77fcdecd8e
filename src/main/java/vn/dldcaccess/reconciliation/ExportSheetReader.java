package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The first sheet of an XLSX export, read as a stream of rows (the approach of aggregation's reply reader): each ZIP
 * part inflates to at most {@link #MAX_PART_BYTES} and never more than 100 times its size, at most
 * {@link #MAX_PARTS} parts, no DTD (POI's secure parser), elements nested at most {@link #MAX_DEPTH} deep, rows
 * numbered below {@code maxRows}, the first {@link ExportFileReader#MAX_COLUMNS} columns, cells cut at
 * {@link ExportFileReader#MAX_CELL} characters. Each row goes to the consumer as soon as it ends.
 */
final class ExportSheetReader {
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;
    static final int MAX_PARTS = 200;
    static final int MAX_DEPTH = 32;

    static {
        // process-wide POI settings, the same values as aggregation's reader: every XLSX read here comes from outside
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        ZipSecureFile.setMaxTextSize(MAX_PART_BYTES);
    }

    /** Thrown from the parser's callbacks when a limit is passed; carries what a person is told. */
    static final class Limit extends RuntimeException {
        private final Wording wording;

        Limit(Wording wording) {
            super(wording.key(), null, false, false);
            this.wording = wording;
        }

        Wording wording() {
            return wording;
        }
    }

    private ExportSheetReader() {
    }

    /** @param rows receives (row number from 1, cells) for each row that has a cell */
    static void read(byte[] content, int maxRows, RowConsumer rows) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLFilterImpl depth = new DepthLimit();
                depth.setParent(XMLHelper.newXMLReader());
                depth.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new Rows(rows, maxRows), new DataFormatter(), false));
                depth.parse(new InputSource(sheet));
            }
        }
    }

    interface RowConsumer {
        void row(int line, List<String> cells);
    }

    private static final class DepthLimit extends XMLFilterImpl {
        private int depth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new Limit(Wording.of("reconciliation.file.tooDeep", MAX_DEPTH));
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            super.endElement(uri, localName, qName);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowConsumer out;
        private final int maxRows;
        private List<String> row;
        private int rowNum;

        Rows(RowConsumer out, int maxRows) {
            this.out = out;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= maxRows) {
                throw new Limit(ExportFileReader.tooManyRows());
            }
            this.rowNum = rowNum;
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (row != null && !row.isEmpty()) {
                out.row(rowNum + 1, row);
            }
            row = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (row == null) {
                return;
            }
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            if (column >= ExportFileReader.MAX_COLUMNS) {
                return;
            }
            while (row.size() < column) {
                row.add("");
            }
            String v = value == null ? "" : value;
            if (row.size() == column) {
                row.add(v.length() > ExportFileReader.MAX_CELL ? v.substring(0, ExportFileReader.MAX_CELL) : v);
            }
        }
    }
}
