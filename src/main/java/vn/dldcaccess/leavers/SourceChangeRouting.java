package vn.dldcaccess.leavers;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.organization.OrganizationDirectory;

import java.util.List;

/** Who works on the tasks of Process_SourceChange ({@code ${sourceChangeRouting.office(execution)}}). */
@Component("sourceChangeRouting")
public class SourceChangeRouting {
    private final SourceEventRepository events;
    private final OrganizationDirectory organization;

    SourceChangeRouting(SourceEventRepository events, OrganizationDirectory organization) {
        this.events = events;
        this.organization = organization;
    }

    /**
     * Task_CheckSourceLeaver: the office of the agency the person leaves (or of the one it merged into since the
     * change was seen: issue 22 part 2).
     */
    public List<String> office(DelegateExecution execution) {
        String agency = SourceChangeDelegates.event(events, execution).oldAgency();
        return List.of(Groups.agencyOffice(organization.mergedInto(agency).orElse(agency)));
    }

    /** Task_DecideKeptAccounts: the heads of the unit the person moved to. */
    public List<String> newUnitHeads(DelegateExecution execution) {
        return List.of(Groups.unitHeads(SourceChangeDelegates.event(events, execution).newUnit()));
    }

    /** Timer of Process_SourceCheck, read when the process is deployed: a bean that needs only its properties. */
    @Component("sourceCheckSchedule")
    public static class Schedule {
        private final LeaversProperties properties;

        Schedule(LeaversProperties properties) {
            this.properties = properties;
        }

        public String cycle() {
            return properties.checkCycle();
        }
    }
}
