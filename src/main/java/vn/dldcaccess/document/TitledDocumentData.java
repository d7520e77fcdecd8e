package vn.dldcaccess.document;

import java.util.List;

/**
 * A document with a name of its own (Decree 30/2020, Phụ lục III), not a công văn: a thông báo, a biên bản. No
 * "Kính gửi": under the header come its name and its trích yếu, then the text with its table in it, the signatures
 * and "Nơi nhận".
 *
 * @param header     its number, no trích yếu beside it; a biên bản has no place and date there (placeName null)
 * @param kindName   "Thông báo", "Biên bản"
 * @param subject    the trích yếu, under the name
 * @param before     paragraphs before the table; the last one leads into it and goes to a new page with it
 * @param table      the table in the text (its title unused), or null
 * @param after      paragraphs after the table; the last one goes to a new page with the signatures
 * @param copiesTo   the "Nơi nhận" lines
 * @param signatures one (the issuing one, beside "Nơi nhận"), or two side by side (the right one issues)
 */
public record TitledDocumentData(OfficialHeader header, String kindName, String subject, List<String> before,
                                 AttachedList table, List<String> after, List<String> copiesTo,
                                 List<SignatureBlock> signatures) {
    public TitledDocumentData {
        before = List.copyOf(before);
        after = List.copyOf(after);
        copiesTo = List.copyOf(copiesTo);
        signatures = List.copyOf(signatures);
        if (signatures.isEmpty() || signatures.size() > 2) {
            throw new IllegalArgumentException("One or two signatures, not " + signatures.size());
        }
    }
}
