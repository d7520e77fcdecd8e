package vn.dldcaccess.document;

import java.util.List;

/** Part of a list: a title row spanning the table (e.g. the agency), its rows, and a subtotal when titled. */
public record ListSection(String title, List<List<String>> rows) {
    public ListSection {
        rows = List.copyOf(rows);
    }
}
