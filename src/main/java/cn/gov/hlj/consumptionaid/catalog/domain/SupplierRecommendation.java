package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.Actor;
import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.RecommendationRow;
import cn.gov.hlj.consumptionaid.catalog.RecommendationStatus;
import cn.gov.hlj.consumptionaid.catalog.ReviewLevel;
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
import java.time.LocalDateTime;
import java.util.Objects;

import static cn.gov.hlj.consumptionaid.catalog.RecommendationStatus.ADMITTED;
import static cn.gov.hlj.consumptionaid.catalog.RecommendationStatus.NATIONALLY_REFUSED;
import static cn.gov.hlj.consumptionaid.catalog.RecommendationStatus.PROVINCE_APPROVED;
import static cn.gov.hlj.consumptionaid.catalog.RecommendationStatus.PROVINCE_REFUSED;
import static cn.gov.hlj.consumptionaid.catalog.RecommendationStatus.RECOMMENDED;

/**
 * A county's recommendation of one of its market entities for the 832 platform's national supplier list (供应商推荐,
 * “应上尽上”): reviewed by the province, then admitted or refused nationally (recorded by the province).
 */
@Entity
@Table(name = "supplier_recommendation")
@Audited
public class SupplierRecommendation {

    public static final int TEXT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "market_entity_id", nullable = false)
    private MarketEntity entity;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private RecommendationStatus status;

    @Column(name = "recommended_by", nullable = false, length = 100)
    private String recommendedBy;

    @Column(name = "recommended_at", nullable = false)
    private LocalDateTime recommendedAt;

    @Column(name = "comment", length = TEXT_LENGTH)
    private String comment;

    @Column(name = "province_by", length = 100)
    private String provinceBy;

    @Column(name = "province_comment", length = TEXT_LENGTH)
    private String provinceComment;

    @Column(name = "national_decided_on")
    private LocalDate nationalDecidedOn;

    @Column(name = "national_reason", length = TEXT_LENGTH)
    private String nationalReason;

    protected SupplierRecommendation() {
    }

    public SupplierRecommendation(MarketEntity entity, Actor actor, LocalDateTime at, String comment) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.countyCode = entity.getCountyCode();
        requireLevel(actor, ReviewLevel.COUNTY);
        if (entity.isBlacklisted()) {
            throw new CatalogException("catalog.application.error.blacklisted", entity.getName());
        }
        this.status = RECOMMENDED;
        this.recommendedBy = actor.displayName();
        this.recommendedAt = Objects.requireNonNull(at, "at");
        this.comment = Texts.optional(comment, "comment", TEXT_LENGTH);
    }

    /** The province agrees (the recommendation goes to the national review) or refuses with a reason. */
    public void reviewAtProvince(boolean approve, String provinceComment, Actor actor) {
        if (status != RECOMMENDED) {
            throw new CatalogException("catalog.recommendation.error.illegal", status.labelKey());
        }
        requireLevel(actor, ReviewLevel.PROVINCE);
        this.provinceComment = approve ? Texts.optional(provinceComment, "comment", TEXT_LENGTH)
                : Texts.required(provinceComment, "reason", TEXT_LENGTH);
        this.provinceBy = actor.displayName();
        this.status = approve ? PROVINCE_APPROVED : PROVINCE_REFUSED;
    }

    /** The outcome of the national review: admitted on a date, or refused with a reason. */
    public void recordNationalOutcome(boolean admitted, LocalDate on, String reason, Actor actor) {
        if (status != PROVINCE_APPROVED) {
            throw new CatalogException("catalog.recommendation.error.illegal", status.labelKey());
        }
        requireLevel(actor, ReviewLevel.PROVINCE);
        this.nationalDecidedOn = Objects.requireNonNull(on, "on");
        this.nationalReason = admitted ? null : Texts.required(reason, "reason", TEXT_LENGTH);
        this.status = admitted ? ADMITTED : NATIONALLY_REFUSED;
    }

    private void requireLevel(Actor actor, ReviewLevel level) {
        Objects.requireNonNull(actor, "actor");
        if (actor.level() != level) {
            throw new CatalogException("catalog.application.error.wrong-level", level.labelKey());
        }
        if (!actor.covers(countyCode)) {
            throw new CatalogException("catalog.application.error.out-of-region");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RecommendationRow toRow() {
        return new RecommendationRow(id, version, entity.getId(), entity.getName(), entity.getCreditCode(),
                countyCode, status, recommendedBy, recommendedAt, comment, provinceComment, nationalDecidedOn,
                nationalReason);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SupplierRecommendation other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return SupplierRecommendation.class.hashCode();
    }
}
