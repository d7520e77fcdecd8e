package vn.dldcaccess.leavers;

import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.shared.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import static vn.dldcaccess.shared.Markdown.literal;

/** What the tasks of Process_SourceChange say (Markdown, every value escaped). */
final class SourceTexts {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SourceTexts() {
    }

    static String held(SourceDiff.Result diff) {
        return Messages.text("leavers.task.held", diff.removed(), diff.registered(),
                diff.of(SourceChangeKind.LEAVER).stream().map(c -> literal(c.username()))
                        .collect(Collectors.joining(", ")));
    }

    static String change(SourceEvent e, OrganizationDirectory organization, String closingKey, LocalDate deadline) {
        String who = "**" + literal(organization.nameOf(e.personUsername())) + "** (" + literal(e.personUsername())
                + ")";
        String date = DMY.format(e.eventDate());
        String what = switch (e.kind()) {
            case LEAVER -> Messages.text("leavers.task.leaver", who, date);
            case MOVER_AGENCY -> Messages.text("leavers.task.movedAgency", who, agency(organization, e.oldAgency()),
                    agency(organization, e.newAgency()), date);
            case MOVER_UNIT -> Messages.text("leavers.task.movedUnit", who, unit(organization, e.oldUnit()),
                    unit(organization, e.newUnit()), date);
            default -> who + ".";
        };
        return Messages.text("leavers.task.closing", what, literal(closingKey), date, DMY.format(deadline));
    }

    static String mover(SourceEvent e, OrganizationDirectory organization, java.util.List<String> systems) {
        return Messages.text("leavers.task.mover", literal(organization.nameOf(e.personUsername())),
                unit(organization, e.oldUnit()), unit(organization, e.newUnit()), DMY.format(e.eventDate()),
                systems.isEmpty() ? Messages.text("leavers.task.mover.noAccounts")
                        : systems.stream().map(s -> literal(vn.dldcaccess.revocation.SourceClosings.systemLabel(s)))
                        .collect(Collectors.joining(", ")));
    }

    private static String agency(OrganizationDirectory organization, String code) {
        return literal(organization.agency(code).map(AgencyInfo::name).orElse(code));
    }

    private static String unit(OrganizationDirectory organization, String code) {
        return code == null ? Messages.text("leavers.task.noUnit") : literal(organization.unit(code).map(UnitInfo::name)
                .orElse(code));
    }
}
