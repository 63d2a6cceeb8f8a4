package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.ObjectionRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Objects;

/** An objection (异议) received during an application's public notice; it must be resolved before publication. */
@Entity
@Table(name = "notice_objection")
@Audited
public class NoticeObjection {

    public static final int TEXT_LENGTH = 500;

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

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "description", nullable = false, length = TEXT_LENGTH)
    private String description;

    @Column(name = "resolution", length = TEXT_LENGTH)
    private String resolution;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    protected NoticeObjection() {
    }

    NoticeObjection(CertificationApplication application, LocalDate receivedOn, String description) {
        this.application = Objects.requireNonNull(application);
        this.receivedOn = Objects.requireNonNull(receivedOn);
        this.description = Texts.required(description, "description", TEXT_LENGTH);
    }

    void resolve(String resolution, LocalDate on) {
        if (this.resolution != null) {
            throw new IllegalStateException("Objection already resolved");
        }
        this.resolution = Texts.required(resolution, "resolution", TEXT_LENGTH);
        this.resolvedOn = Objects.requireNonNull(on);
    }

    Long getId() {
        return id;
    }

    boolean isResolved() {
        return resolution != null;
    }

    public ObjectionRow toRow() {
        return new ObjectionRow(id, receivedOn, description, resolution, resolvedOn);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof NoticeObjection other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return NoticeObjection.class.hashCode();
    }
}
