package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.FormField;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.shared.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static vn.dldcaccess.registration.Form1658Field.*;

/** A request's filled fields of form 1658, labelled from {@link Form1658Field}: for the PDF and the unit head. */
@Component
class RegistrationFormFields {
    private final OrganizationDirectory organization;

    RegistrationFormFields(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** The fields before the commitments, in form order, numbered as the web form numbers them. */
    List<FormField> of(Registration r) {
        String unitName = organization.unit(r.unitCode()).map(UnitInfo::name).orElse(r.unitCode());
        String agencyName = organization.agency(r.agencyCode()).map(AgencyInfo::name).orElse(r.agencyCode());
        List<FormField> out = new ArrayList<>();
        out.add(field(FULL_NAME, r.fullName()));
        out.add(field(DATE_OF_BIRTH, PdfDocuments.dmy(r.answers().dateOfBirth())));
        out.add(field(GENDER, r.answers().gender().label()));
        out.add(field(CITIZEN_ID, r.citizenId()));
        out.add(field(POSITION, r.answers().position()));
        out.add(field(UNIT, unitName));
        out.add(field(AGENCY, agencyName));
        out.add(field(DUTIES, r.answers().duties()));
        out.add(field(MOBILE_PHONE, r.answers().mobilePhone()));
        out.add(field(OFFICIAL_EMAIL, r.answers().officialEmail()));
        out.add(field(TTHC_USERNAME, r.answers().tthcUsername() == null ? Messages.text("registration.summary.none") : r.answers().tthcUsername()));
        out.add(field(ACCESS_SCOPE, scopeLabel(r.answers().accessScope())));
        out.add(field(PURPOSE, r.answers().purpose()));
        return out;
    }

    static FormField field(Form1658Field f, String value) {
        return new FormField(f.number(), f.label(), value);
    }

    static String scopeLabel(String codes) {
        return Arrays.stream(codes.split(",")).map(c -> AccessScope.valueOf(c).label()).collect(Collectors.joining(", "));
    }
}
