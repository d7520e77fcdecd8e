package vn.dldcaccess.document;

import java.util.List;

/** A further list attached to a letter (e.g. the revocation requests beside the accounts requested). */
public record AttachedList(String title, List<String> columns, float[] widths, List<List<String>> rows,
                           String totalLine) {
    public AttachedList {
        rows = List.copyOf(rows);
    }
}
