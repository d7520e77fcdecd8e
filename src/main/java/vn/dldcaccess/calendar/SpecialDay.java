package vn.dldcaccess.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "cal_day")
class SpecialDay {
    @Id
    @jakarta.persistence.Column(name = "cal_date")
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    private DayKind kind;
    private String name;

    protected SpecialDay() {
    }

    SpecialDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    LocalDate day() {
        return day;
    }

    DayKind kind() {
        return kind;
    }

    boolean sameAs(DayKind otherKind, String otherName) {
        return kind == otherKind && name.equals(otherName);
    }

    void update(DayKind newKind, String newName) {
        this.kind = newKind;
        this.name = newName;
    }
}
