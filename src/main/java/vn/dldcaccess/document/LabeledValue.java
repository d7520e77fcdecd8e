package vn.dldcaccess.document;

/** One numbered field of a form, e.g. "4. Số định danh cá nhân (CCCD): 089…". */
public record LabeledValue(String label, String value) {
}
