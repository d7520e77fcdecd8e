package vn.dldcaccess.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A giấy ủy quyền: the two parties, what is delegated, each party's responsibilities, and the signatures
 * of both parties and of the unit head who approved it.
 */
public record AuthorizationLetterData(OfficialHeader header, String subtitle, List<LabeledValue> holder,
                                      List<LabeledValue> delegate, List<LabeledValue> content,
                                      List<String> holderDuties, List<String> delegateDuties, String holderName,
                                      String delegateName, String approverTitle, String approverName,
                                      LocalDate approvedOn) {
}
