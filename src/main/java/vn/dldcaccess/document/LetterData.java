package vn.dldcaccess.document;

import java.util.List;

/**
 * An official letter ("công văn") with an attached list of one row per person.
 *
 * @param recipient    the "Kính gửi" addressee
 * @param body         paragraphs of the letter
 * @param listTitle    title of the attached list
 * @param columns      column headers of the list
 * @param widths       relative column widths
 * @param sections     the list in sections (one per agency in an aggregated list; one untitled section
 *                     otherwise), one row per person, cells in column order
 * @param copiesTo     the "Nơi nhận" lines
 * @param signature    the signature block: who signs or signed, in which capacity, what happened
 * @param documentName the kind of document as its attached list names it ("Công văn"; a thông báo or a biên bản is a
 *                     {@link TitledDocumentData}, its table in its text)
 */
public record LetterData(OfficialHeader header, String recipient, List<String> body, String listTitle,
                         List<String> columns, float[] widths, List<ListSection> sections, List<String> copiesTo,
                         SignatureBlock signature, String documentName) {

    /** A letter whose list has no sections. */
    public static List<ListSection> single(List<List<String>> rows) {
        return List.of(new ListSection(null, rows));
    }

    public int personCount() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
