package vn.dldcaccess.aggregation;

import java.time.LocalDate;
import java.util.List;

/** A signed agency letter handed to the aggregator. */
public record IncomingLetter(long agencyLetterId, String agencyCode, String letterNumber, LocalDate letterDate,
                             Long documentId, List<Long> registrationIds) {
    public IncomingLetter {
        registrationIds = List.copyOf(registrationIds);
    }
}
