package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.ComplaintOutcome;
import cn.gov.hlj.consumptionaid.catalog.ComplaintRow;
import cn.gov.hlj.consumptionaid.catalog.ComplaintSource;
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

import java.time.LocalDate;
import java.util.Objects;

/**
 * A complaint (投诉举报) about a catalog product or a market entity, handled by a supervisor: received with a
 * deadline, investigated, closed with a finding, the feedback to the complainant and an outcome.
 */
@Entity
@Table(name = "complaint")
@Audited
public class Complaint {

    public static final int TEXT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 20)
    private ComplaintSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private CertificationApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "market_entity_id", nullable = false)
    private MarketEntity entity;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(name = "complainant_name", length = 50)
    private String complainantName;

    @Column(name = "complainant_contact", length = 100)
    private String complainantContact;

    @Column(name = "description", nullable = false, length = TEXT_LENGTH)
    private String description;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "handler_username", nullable = false, length = 64)
    private String handlerUsername;

    @Column(name = "handler_name", nullable = false, length = 100)
    private String handlerName;

    @Column(name = "investigation", length = TEXT_LENGTH)
    private String investigation;

    @Column(name = "finding", length = TEXT_LENGTH)
    private String finding;

    @Column(name = "feedback", length = TEXT_LENGTH)
    private String feedback;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", length = 20)
    private ComplaintOutcome outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Complaint() {
    }

    /** A complaint about a product ({@code application}, may be null) or its producer {@code entity}. */
    public Complaint(ComplaintSource source, CertificationApplication application, MarketEntity entity,
                     String complainantName, String complainantContact, String description, LocalDate receivedOn,
                     LocalDate deadline, String handlerUsername, String handlerName) {
        this.source = Objects.requireNonNull(source, "source");
        this.entity = Objects.requireNonNull(entity, "entity");
        if (application != null && !application.getEntity().equals(entity)) {
            throw new IllegalArgumentException("A product complaint concerns the product's producer");
        }
        this.application = application;
        this.countyCode = entity.getCountyCode();
        this.complainantName = Texts.optional(complainantName, "complainantName", 50);
        this.complainantContact = Texts.optional(complainantContact, "complainantContact", 100);
        this.description = Texts.required(description, "description", TEXT_LENGTH);
        this.receivedOn = Objects.requireNonNull(receivedOn, "receivedOn");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        if (deadline.isBefore(receivedOn)) {
            throw new IllegalArgumentException("The deadline is not before the complaint was received");
        }
        this.handlerUsername = Objects.requireNonNull(handlerUsername);
        this.handlerName = Objects.requireNonNull(handlerName);
    }

    /** Adds a dated line to the investigation notes. */
    public void addInvestigation(LocalDate on, String notes) {
        requireOpen();
        var line = on + " " + Texts.required(notes, "notes", TEXT_LENGTH);
        var all = investigation == null ? line : investigation + "\n" + line;
        if (all.length() > TEXT_LENGTH) {
            throw new CatalogException("catalog.error.field-too-long", "catalog.complaint.investigation",
                    TEXT_LENGTH);
        }
        investigation = all;
    }

    /** Closes the complaint; a withdrawal needs a product as subject. */
    public void close(String finding, String feedback, ComplaintOutcome outcome, LocalDate on) {
        requireOpen();
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == ComplaintOutcome.WITHDRAWAL && application == null) {
            throw new CatalogException("catalog.complaint.error.withdrawal-needs-product");
        }
        this.finding = Texts.required(finding, "finding", TEXT_LENGTH);
        this.feedback = Texts.required(feedback, "feedback", TEXT_LENGTH);
        this.outcome = outcome;
        this.closedOn = Objects.requireNonNull(on, "on");
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new CatalogException("catalog.complaint.error.closed");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CertificationApplication getApplication() {
        return application;
    }

    public MarketEntity getEntity() {
        return entity;
    }

    public ComplaintRow toRow(LocalDate today, boolean withComplainant) {
        return new ComplaintRow(id, version, source, application == null ? null : application.getId(),
                application == null ? null : application.getProductName(), entity.getId(), entity.getName(),
                countyCode, withComplainant ? complainantName : null, withComplainant ? complainantContact : null,
                description, receivedOn, deadline, handlerName, investigation, finding, feedback, outcome, closedOn,
                closedOn == null && deadline.isBefore(today));
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Complaint other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Complaint.class.hashCode();
    }
}
