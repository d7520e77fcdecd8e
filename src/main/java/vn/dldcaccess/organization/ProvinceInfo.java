package vn.dldcaccess.organization;

/**
 * The province the installation serves.
 *
 * @param placeName   name used in the place-and-date line of letters ("An Giang, ngày …")
 * @param emailDomain official e-mail domain; addresses must be in it or one of its sub-domains
 */
public record ProvinceInfo(String name, String placeName, String emailDomain) {
}
