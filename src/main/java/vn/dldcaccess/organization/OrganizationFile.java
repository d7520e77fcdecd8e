package vn.dldcaccess.organization;

import java.util.List;

/** The shape of the organization data file. */
record OrganizationFile(Province province, List<Agency> agencies, List<Person> people) {

    record Province(String name, String placeName, String emailDomain) {
    }

    record Agency(String code, AgencyKind kind, String name, String parentBody, String symbol, String officeSymbol,
                  String signerTitle, List<Unit> units) {
    }

    record Unit(String code, String name) {
    }

    record Person(String username, String fullName, String email, String position, String agency, String unit,
                  List<Role> roles) {
    }
}
