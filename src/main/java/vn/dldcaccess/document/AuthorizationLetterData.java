package vn.dldcaccess.document;

import java.util.List;

/**
 * A giấy ủy quyền: its wording (template giay-uy-quyen.ftl), the two parties, what is delegated, each party's responsibilities, and the signature
 * blocks of both parties and of the unit head who approved it, each saying what that person did.
 */
public record AuthorizationLetterData(OfficialHeader header, DocumentTexts.Texts texts, List<LabeledValue> holder,
                                      List<LabeledValue> delegate, List<LabeledValue> content,
                                      List<String> holderDuties, List<String> delegateDuties,
                                      SignatureBlock holderSignature, SignatureBlock delegateSignature,
                                      SignatureBlock approval) {
}
