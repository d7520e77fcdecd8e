package vn.dldcaccess.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the filled form 1658 shows, numbered as the web form numbers it (issue 21). The field labels and numbers come
 * from the registration feature, which owns the form.
 *
 * @param fields            the fields before the commitments
 * @param commitmentsNumber the commitments' section number ("13"): each is printed ticked as "13.1.", "13.2." …
 * @param commitments       the commitments' texts, in order
 * @param fieldsAfter       the fields after the commitments ("14. Ghi chú")
 */
public record RegistrationFormData(OfficialHeader header, String title, String subtitle, String requestNumber,
                                   List<FormField> fields, String commitmentsNumber, List<String> commitments,
                                   List<FormField> fieldsAfter, String applicantName, String unitHeadName,
                                   LocalDate confirmedOn) {

    /** Fields numbered 1, 2, … in their order, the commitments the next number (benchmarks, older tests). */
    public RegistrationFormData(OfficialHeader header, String title, String subtitle, String requestNumber,
                                List<LabeledValue> fields, List<String> commitments, String applicantName,
                                String unitHeadName, LocalDate confirmedOn) {
        this(header, title, subtitle, requestNumber, numbered(fields), String.valueOf(fields.size() + 1), commitments,
                List.of(), applicantName, unitHeadName, confirmedOn);
    }

    private static List<FormField> numbered(List<LabeledValue> fields) {
        List<FormField> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            out.add(new FormField(String.valueOf(i + 1), fields.get(i).label(), fields.get(i).value()));
        }
        return out;
    }
}
