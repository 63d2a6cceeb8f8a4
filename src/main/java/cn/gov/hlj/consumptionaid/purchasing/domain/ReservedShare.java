package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.purchasing.CanteenSituation;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareException;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareRow;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareStatus;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A budget unit's reserved share (预留份额) of one year: the part of its canteen food budget it reserves for
 * poverty-alleviation products. The rules of the plan hold in the constructor: the amount agrees with budget × ratio
 * (to the cent), a unit without a canteen says why in the remarks, and a shared canteen names the unit that files
 * for it.
 */
@Entity
@Audited
@Table(name = "reserved_share")
public class ReservedShare {

    /** Amounts that differ from budget × ratio by no more than this are taken as agreeing (spreadsheet rounding). */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchaser_id", nullable = false)
    private Purchaser purchaser;

    @Column(name = "share_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "canteen", nullable = false, length = 20)
    private CanteenSituation canteen;

    @Column(name = "canteen_budget", nullable = false, precision = 15, scale = 2)
    private BigDecimal canteenBudget;

    @Column(name = "reserved_ratio", nullable = false, precision = 5, scale = 2)
    private BigDecimal reservedRatio;

    @Column(name = "reserved_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal reservedAmount;

    @Column(name = "union_need", precision = 15, scale = 2)
    private BigDecimal unionNeed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "filed_by_id")
    private Purchaser filedBy;

    @Column(name = "remarks", length = 500)
    private String remarks;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private ReservedShareStatus status;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "import_batch_id")
    private ImportBatch importBatch;

    @Column(name = "source_row")
    private Integer sourceRow;

    protected ReservedShare() {
    }

    public ReservedShare(Purchaser purchaser, int year, CanteenSituation canteen, BigDecimal canteenBudget,
                         BigDecimal reservedRatio, BigDecimal reservedAmount, BigDecimal unionNeed, Purchaser filedBy,
                         String remarks, ImportBatch importBatch, Integer sourceRow) {
        this.purchaser = Objects.requireNonNull(purchaser, "purchaser");
        this.year = year;
        this.canteen = Objects.requireNonNull(canteen, "canteen");
        this.canteenBudget = Objects.requireNonNull(canteenBudget, "canteenBudget").setScale(2, RoundingMode.UNNECESSARY);
        this.reservedRatio = Objects.requireNonNull(reservedRatio, "reservedRatio");
        this.reservedAmount = Objects.requireNonNull(reservedAmount, "reservedAmount");
        this.unionNeed = unionNeed;
        this.filedBy = filedBy;
        this.remarks = remarks;
        var problem = violation(canteen, canteenBudget, reservedRatio, reservedAmount, remarks,
                filedBy == null ? null : filedBy.getCode(), purchaser.getCode());
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + purchaser.getCode() + " " + year);
        }
        this.status = ReservedShareStatus.SUBMITTED;
        this.importBatch = importBatch;
        this.sourceRow = sourceRow;
    }

    /** The amount the rules expect: budget × ratio %, to the cent. */
    public static BigDecimal expectedAmount(BigDecimal budget, BigDecimal ratioPercent) {
        return budget.multiply(ratioPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /**
     * The message key of the first rule these values break, or {@code null}. Imports and forms ask this before
     * constructing, so that users get the reason rather than an exception.
     */
    public static String violation(CanteenSituation canteen, BigDecimal budget, BigDecimal ratio, BigDecimal amount,
                                   String remarks, String filedByCode, String purchaserCode) {
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.valueOf(100)) > 0) {
            return "purchasing.reserved-share.rule.ratio-range";
        }
        if (expectedAmount(budget, ratio).subtract(amount).abs().compareTo(TOLERANCE) > 0) {
            return "purchasing.reserved-share.rule.amount-mismatch";
        }
        if (canteen == CanteenSituation.NONE && (remarks == null || remarks.isBlank())) {
            return "purchasing.reserved-share.rule.no-canteen-needs-remark";
        }
        if (canteen == CanteenSituation.SHARED && filedByCode == null) {
            return "purchasing.reserved-share.rule.shared-needs-filer";
        }
        if (filedByCode != null && filedByCode.equals(purchaserCode)) {
            return "purchasing.reserved-share.rule.filer-is-self";
        }
        return null;
    }

    /** The longest reason a supervising unit may give when it returns a share. */
    public static final int MAX_REASON = ReservedShareRow.MAX_RETURN_REASON;

    /** The supervising unit approves the share as filed. Only a submitted share can be approved. */
    public void approve(String reviewer, LocalDateTime at) {
        requireStatus(ReservedShareStatus.SUBMITTED, "purchasing.reserved-share.review.not-submitted");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        this.status = ReservedShareStatus.APPROVED;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.returnReason = null;
    }

    /**
     * The supervising unit sends the share back to the unit, saying why. Only a submitted share can be returned; the
     * reason is required.
     */
    public void returnWithReason(String reviewer, LocalDateTime at, String reason) {
        requireStatus(ReservedShareStatus.SUBMITTED, "purchasing.reserved-share.review.not-submitted");
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new ReservedShareException("purchasing.reserved-share.review.reason-required");
        }
        if (text.length() > MAX_REASON) {
            throw new ReservedShareException("purchasing.reserved-share.review.reason-too-long", MAX_REASON);
        }
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "at");
        this.status = ReservedShareStatus.RETURNED;
        this.returnReason = text;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    /**
     * The unit files the share (again): a draft, or a share its supervising unit returned. The return reason stays
     * in the change history; the share awaits a new review.
     */
    public void resubmit() {
        if (status != ReservedShareStatus.RETURNED && status != ReservedShareStatus.DRAFT) {
            throw new ReservedShareException("purchasing.reserved-share.review.not-returned");
        }
        this.status = ReservedShareStatus.SUBMITTED;
        this.returnReason = null;
        this.reviewedBy = null;
        this.reviewedAt = null;
    }

    private void requireStatus(ReservedShareStatus expected, String messageKey) {
        if (status != expected) {
            throw new ReservedShareException(messageKey);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ReservedShareStatus getStatus() {
        return status;
    }

    public Purchaser getPurchaser() {
        return purchaser;
    }

    public ReservedShareRow toRow() {
        var row = purchaser.toRow();
        return new ReservedShareRow(row.code(), row.name(), row.regionCode(), row.supervisingDepartmentCode(), year,
                canteen, canteenBudget, reservedRatio, reservedAmount, unionNeed,
                filedBy == null ? null : filedBy.getCode(), remarks, status, returnReason,
                importBatch == null ? null : importBatch.getId(), sourceRow, id, version, row.supervisingUnitCode(),
                reviewedBy, reviewedAt);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ReservedShare other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return ReservedShare.class.hashCode();
    }
}
