package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.CertificationAction;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.StepRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDateTime;
import java.util.Objects;

/** One step of an application's timeline; written once by the application's business methods, never changed. */
@Entity
@Table(name = "certification_step")
@Audited
public class CertificationStep {

    public static final int COMMENT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private CertificationApplication application;

    @Column(name = "seq", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "action", nullable = false, length = 30)
    private CertificationAction action;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 30)
    private CertificationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 30)
    private CertificationStatus toStatus;

    @Column(name = "actor_username", nullable = false, length = 64)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Column(name = "acted_at", nullable = false)
    private LocalDateTime actedAt;

    @Column(name = "comment", length = COMMENT_LENGTH)
    private String comment;

    protected CertificationStep() {
    }

    CertificationStep(CertificationApplication application, int sequence, CertificationAction action,
                      CertificationStatus fromStatus, CertificationStatus toStatus, String actorUsername,
                      String actorName, LocalDateTime actedAt, String comment) {
        this.application = Objects.requireNonNull(application);
        this.sequence = sequence;
        this.action = Objects.requireNonNull(action);
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus);
        this.actorUsername = Objects.requireNonNull(actorUsername);
        this.actorName = Objects.requireNonNull(actorName);
        this.actedAt = Objects.requireNonNull(actedAt);
        this.comment = Texts.optional(comment, "comment", COMMENT_LENGTH);
    }

    Long getId() {
        return id;
    }

    LocalDateTime getActedAt() {
        return actedAt;
    }

    public StepRow toRow() {
        return new StepRow(sequence, action, fromStatus, toStatus, actorUsername, actorName, actedAt, comment);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CertificationStep other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return CertificationStep.class.hashCode();
    }
}
