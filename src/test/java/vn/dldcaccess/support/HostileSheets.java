package vn.dldcaccess.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Hostile XLSX for the readers of files from outside (PC06's reply, a system's account export): a valid workbook
 * whose first sheet's XML is replaced by a zip bomb, entities or a row far away.
 */
public final class HostileSheets {
    static final String WORKSHEET = "<?xml version=\"1.0\"?><worksheet "
            + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

    private HostileSheets() {
    }

    /** The same workbook with its sheet's XML replaced. */
    public static byte[] withSheet(byte[] xlsx, byte[] sheetXml) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("xl/worksheets/sheet1.xml") ? sheetXml : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A sheet of 64 MB that compresses to well under 1 MB. */
    public static byte[] zipBomb(byte[] xlsx) throws Exception {
        String open = WORKSHEET + "<sheetData>";
        byte[] xml = new byte[64 << 20];
        java.util.Arrays.fill(xml, (byte) ' ');
        System.arraycopy(open.getBytes(StandardCharsets.US_ASCII), 0, xml, 0, open.length());
        return withSheet(xlsx, xml);
    }

    /** A sheet with a row numbered 1 048 576: its row count is read as that. */
    public static byte[] farRow(byte[] xlsx) throws Exception {
        return withSheet(xlsx, (WORKSHEET + "<sheetData><row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x"
                + "</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
    }

    /** A sheet declaring entities that expand ("billion laughs"), {@code levels} deep (2 to 4). */
    public static byte[] laughs(byte[] xlsx, int levels) throws Exception {
        String tens = "&a;".repeat(10);
        StringBuilder dtd = new StringBuilder("<!ENTITY a \"aaaaaaaaaa\">");
        char last = 'a';
        for (int i = 1; i < levels; i++) {
            char next = (char) ('a' + i);
            dtd.append("<!ENTITY ").append(next).append(" \"").append(tens.replace('a', last)).append("\">");
            last = next;
        }
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [" + dtd + "]>" + WORKSHEET.substring(WORKSHEET.indexOf("<worksheet"))
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&" + last + ";&" + last + ";</t></is></c>"
                + "</row></sheetData></worksheet>";
        return withSheet(xlsx, xml.getBytes(StandardCharsets.UTF_8));
    }
}
