package vn.dldcaccess.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What the filled form 1658 shows. The field labels come from the registration feature, which owns the form.
 */
public record RegistrationFormData(OfficialHeader header, String title, String subtitle, String requestNumber,
                                   List<LabeledValue> fields, List<String> commitments, String applicantName,
                                   String unitHeadName, LocalDate confirmedOn) {
}
