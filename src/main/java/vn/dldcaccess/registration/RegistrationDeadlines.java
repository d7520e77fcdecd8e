package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import vn.dldcaccess.calendar.TimerDates;

import java.util.Date;

/** Due dates of the timers on Task_ConfirmByUnitHead, in working days from now (engine clock). */
@Component("registrationDeadlines")
public class RegistrationDeadlines {
    private final TimerDates workingDays;
    private final RegistrationProperties properties;

    RegistrationDeadlines(TimerDates workingDays, RegistrationProperties properties) {
        this.workingDays = workingDays;
        this.properties = properties;
    }

    public Date confirmationReminder() {
        return workingDays.after(properties.confirmationReminderWorkingDays());
    }

    public Date confirmationEscalation() {
        return workingDays.after(properties.confirmationEscalationWorkingDays());
    }
}
