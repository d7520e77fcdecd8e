package vn.dldcaccess.document;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.shared.GapFreeSequence;

/**
 * Official numbers of the documents the application itself issues (Decree 30/2020, Điều 15 and Phụ lục III):
 * "{number}/{kind}-{issuer}", e.g. {@code 12/GUQ-SLĐTBXH}, one gap-free series per agency, kind and year,
 * from 1 each January; a number below 10 takes a leading zero ({@code 01/TB-STP}, Decree 30, Phụ lục I). Taken in the issuing step's transaction, so a step that fails gives its number back.
 */
@Component
public class DocumentNumbers {
    private final GapFreeSequence sequence;

    DocumentNumbers(GapFreeSequence sequence) {
        this.sequence = sequence;
    }

    /** @param issuer the agency that issues it (its {@code symbol} from the organization file) */
    public String issue(DocumentKind kind, AgencyInfo issuer, int year) {
        if (kind.typeSymbol() == null) {
            throw new IllegalArgumentException(kind + " takes its number from a register, not from us");
        }
        long n = sequence.next("document:" + issuer.code() + ":" + kind.name(), year);
        return String.format("%02d", n) + "/" + kind.typeSymbol() + "-" + issuer.symbol();
    }
}
