package vn.dldcaccess.organization;

/**
 * An agency as documents need it.
 *
 * @param symbol       short symbol used in request numbers, e.g. {@code SLĐTBXH}
 * @param officeSymbol symbol of the office's outgoing letters, e.g. {@code SLĐTBXH-VP}
 * @param signerTitle  title above the signature, e.g. {@code GIÁM ĐỐC}
 */
public record AgencyInfo(String code, AgencyKind kind, String name, String parentBody, String symbol,
                         String officeSymbol, String signerTitle) {
}
