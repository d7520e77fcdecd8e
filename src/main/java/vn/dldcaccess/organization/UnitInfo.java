package vn.dldcaccess.organization;

public record UnitInfo(String code, String agencyCode, String name) {
}
