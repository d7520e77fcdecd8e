package vn.dldcaccess.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A step in a request's life: who moved it to which status, when, and why. */
@Entity
@Table(name = "reg_event")
class RegistrationEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY, optional = false)
    @jakarta.persistence.JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;
    @jakarta.persistence.Column(name = "occurred_at")
    private Instant at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    private String detail;

    protected RegistrationEvent() {
    }

    RegistrationEvent(Registration registration, Instant at, String actor, RegistrationStatus status, String detail) {
        this.registration = registration;
        this.at = at;
        this.actor = actor;
        this.status = status;
        this.detail = detail;
    }

    Instant at() { return at; }
    String actor() { return actor; }
    RegistrationStatus status() { return status; }
    String detail() { return detail; }
}
