package vn.dldcaccess.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "org_unit")
class UnitEntity {
    @Id
    private String code;
    @Column(name = "agency_code")
    private String agencyCode;
    private String name;

    protected UnitEntity() {
    }

    UnitEntity(String code) {
        this.code = code;
    }

    void update(UnitInfo info) {
        this.agencyCode = info.agencyCode();
        this.name = info.name();
    }

    UnitInfo toInfo() {
        return new UnitInfo(code, agencyCode, name);
    }
}
