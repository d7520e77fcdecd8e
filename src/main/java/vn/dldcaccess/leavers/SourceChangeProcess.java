package vn.dldcaccess.leavers;

import vn.dldcaccess.shared.IdKey;
import vn.dldcaccess.shared.ProcessVariable;

import java.util.List;

import static vn.dldcaccess.shared.ProcessVariable.date;
import static vn.dldcaccess.shared.ProcessVariable.list;
import static vn.dldcaccess.shared.ProcessVariable.markdown;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_SourceChange (bpmn/source-change.bpmn): one difference the source check found
 * (business key "NV-{id}" names its row), started by the application; the closing it opens is a
 * Process_AccountRevocation called with that closing's business key ("TH-{id}").
 */
final class SourceChangeProcess {
    static final String KEY = "Process_SourceChange";
    static final String OFFICE_FORM = "check-source-leaver";
    static final String MOVER_FORM = "decide-kept-accounts";
    static final String HELD_FORM = "confirm-source-change";

    /** A {@link SourceChangeKind} name. */
    static final ProcessVariable<String> CHANGE_KIND = text("changeKind");
    static final ProcessVariable<String> CHANGE_SUMMARY = markdown("changeSummary");
    /** The held version's file (where the administrator's confirmation reads it again). */
    static final ProcessVariable<String> SOURCE_LOCATION = text("sourceLocation");
    /** The closing opened (null: nothing to close). */
    static final ProcessVariable<String> CLOSING_KEY = text("closingKey");

    /** The office's task: CONFIRM, CORRECT_DATE (with the right handover day) or CANCEL (a false alarm). */
    static final ProcessVariable<String> OFFICE_DECISION = text("officeDecision").fromForms(OFFICE_FORM);
    static final ProcessVariable<String> HANDOVER = date("handoverDate").fromForms(OFFICE_FORM);
    /** The new unit head's task: the systems whose accounts stay. */
    static final ProcessVariable<List<String>> KEEP_SYSTEMS = list("keepSystems").fromForms(MOVER_FORM);
    /** The administrator's task on a held version: CONFIRM (take it in) or REJECT. */
    static final ProcessVariable<String> HELD_DECISION = text("changeDecision").fromForms(HELD_FORM);

    static final IdKey BUSINESS_KEY = new IdKey("NV");

    static String businessKey(long id) {
        return BUSINESS_KEY.of(id);
    }

    private SourceChangeProcess() {
    }
}
