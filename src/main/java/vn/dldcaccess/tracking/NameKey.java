package vn.dldcaccess.tracking;

import vn.dldcaccess.shared.SearchKey;

/**
 * A name as the office types it when searching (the register's name_key column): {@link SearchKey}, the folding
 * the forms' person pickers use too.
 */
final class NameKey {
    private NameKey() {
    }

    static String of(String text) {
        return SearchKey.of(text);
    }
}
