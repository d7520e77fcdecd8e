package vn.dldcaccess.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_agency")
class AgencyEntity {
    @Id
    private String code;
    @Enumerated(EnumType.STRING)
    private AgencyKind kind;
    private String name;
    @Column(name = "parent_body")
    private String parentBody;
    private String symbol;
    @Column(name = "office_symbol")
    private String officeSymbol;
    @Column(name = "signer_title")
    private String signerTitle;
    /** What it became (issue 22 part 2): null while it is an agency of its own. */
    @Column(name = "merged_into")
    private String mergedInto;
    @Column(name = "merged_on")
    private java.time.LocalDate mergedOn;
    @Column(name = "merger_basis")
    private String mergerBasis;

    protected AgencyEntity() {
    }

    AgencyEntity(String code) {
        this.code = code;
    }

    void update(AgencyInfo info) {
        this.kind = info.kind();
        this.name = info.name();
        this.parentBody = info.parentBody();
        this.symbol = info.symbol();
        this.officeSymbol = info.officeSymbol();
        this.signerTitle = info.signerTitle();
    }

    /** From {@code on}, this agency is {@code into}'s: its row stays for what it issued before. */
    void mergeInto(String into, java.time.LocalDate on, String basis) {
        this.mergedInto = into;
        this.mergedOn = on;
        this.mergerBasis = basis;
    }

    String mergedInto() {
        return mergedInto;
    }

    String code() {
        return code;
    }

    AgencyInfo toInfo() {
        return new AgencyInfo(code, kind, name, parentBody, symbol, officeSymbol, signerTitle);
    }
}
