package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.Actor;
import cn.gov.hlj.consumptionaid.catalog.ApplicationDetail;
import cn.gov.hlj.consumptionaid.catalog.ApplicationForm;
import cn.gov.hlj.consumptionaid.catalog.ApplicationRow;
import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.CertificationAction;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.ReviewLevel;
import cn.gov.hlj.consumptionaid.catalog.StepRow;
import cn.gov.hlj.consumptionaid.catalog.WithdrawalReason;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.CITY_REVIEWED;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.COUNTY_NOTICE;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.COUNTY_CERTIFIED;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.FILED_NATIONALLY;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.IN_CATALOG;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.PROVINCE_RECHECKED;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.PUBLIC_NOTICE;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.REJECTED;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.RETURNED;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.SUBMITTED;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.WITHDRAWAL_CONFIRMED;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.WITHDRAWAL_REQUESTED;
import static cn.gov.hlj.consumptionaid.catalog.CertificationStatus.WITHDRAWN;

/**
 * A certification application and, once published, the catalog entry it became. The state machine lives here: each
 * business method checks the current state, the reviewer's level and region, and its own inputs, then moves the state
 * and records a step (who, when, what, comment). There is no setter for the state, so a step out of order cannot be
 * taken by any caller. The service checks user input first to explain what is wrong; what reaches this class
 * unchecked is refused with a {@link CatalogException} (state, level, region) or an {@link IllegalArgumentException}.
 */
@Entity
@Table(name = "certification_application")
@Audited
public class CertificationApplication {

    public static final int NAME_LENGTH = 200;
    public static final int SPEC_LENGTH = 100;
    public static final int TEXT_LENGTH = 500;
    public static final int BATCH_LENGTH = 50;
    /** Days of the public notice, in working days. */
    public static final int NOTICE_WORKING_DAYS = 5;

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

    @Column(name = "product_name", nullable = false, length = NAME_LENGTH)
    private String productName;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "specification", nullable = false, length = SPEC_LENGTH)
    private String specification;

    @Column(name = "price", nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "reference_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal referencePrice;

    @Column(name = "quality_evidence", nullable = false, length = TEXT_LENGTH)
    private String qualityEvidence;

    @Column(name = "poor_people_driven", nullable = false)
    private int poorPeopleDriven;

    @Column(name = "poverty_link", nullable = false, length = TEXT_LENGTH)
    private String povertyLink;

    /** 商品价值量 in 万元. */
    @Column(name = "commodity_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal commodityValue;

    @Column(name = "commitment", nullable = false)
    private boolean commitment;

    @Column(name = "priority", nullable = false)
    private boolean priority;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private CertificationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "last_step_at", nullable = false)
    private LocalDateTime lastStepAt;

    @Column(name = "national_batch", length = BATCH_LENGTH)
    private String nationalBatch;

    @Column(name = "national_filed_on")
    private LocalDate nationalFiledOn;

    @Column(name = "notice_start")
    private LocalDate noticeStart;

    @Column(name = "notice_end")
    private LocalDate noticeEnd;

    @Column(name = "county_notice_start")
    private LocalDate countyNoticeStart;

    @Column(name = "county_notice_end")
    private LocalDate countyNoticeEnd;

    @Column(name = "catalog_number", length = 30, unique = true)
    private String catalogNumber;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "withdrawal_reason", length = 30)
    private WithdrawalReason withdrawalReason;

    @Column(name = "withdrawal_note", length = TEXT_LENGTH)
    private String withdrawalNote;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reported_on")
    private LocalDate withdrawalReportedOn;

    /** The catalog entry this application renews, or {@code null} for a first application. */
    @Column(name = "renewal_of_id")
    private Long renewalOfId;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<CertificationStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("receivedOn, id")
    private List<NoticeObjection> objections = new ArrayList<>();

    protected CertificationApplication() {
    }

    /**
     * Submits an application of a market entity, entered by a county reviewer of its county. A blacklisted entity
     * cannot apply; the applicant must have signed the commitment.
     */
    public CertificationApplication(MarketEntity entity, ApplicationForm form, Actor actor, LocalDateTime at,
                                    String comment) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.countyCode = entity.getCountyCode();
        requireLevel(actor, ReviewLevel.COUNTY);
        if (entity.isBlacklisted()) {
            throw new CatalogException("catalog.application.error.blacklisted", entity.getName());
        }
        setDetails(form);
        this.priority = entity.isPriority();
        this.status = SUBMITTED;
        this.submittedAt = at;
        record(CertificationAction.SUBMITTED, null, actor, at, comment);
    }

    /**
     * A catalog entry taken over from an existing catalog list: certified before the portal existed, so its chain is
     * not in the portal; the timeline starts with one IMPORTED step naming the source (file and row).
     */
    public static CertificationApplication imported(MarketEntity entity, ApplicationForm form, String catalogNumber,
                                                    LocalDate publishedOn, String username, String displayName,
                                                    LocalDateTime at, String source) {
        var application = new CertificationApplication();
        application.entity = Objects.requireNonNull(entity, "entity");
        application.countyCode = entity.getCountyCode();
        if (entity.isBlacklisted()) {
            throw new CatalogException("catalog.application.error.blacklisted", entity.getName());
        }
        application.setDetails(form);
        application.priority = entity.isPriority();
        application.status = IN_CATALOG;
        application.submittedAt = Objects.requireNonNull(at, "at");
        application.catalogNumber = Texts.required(catalogNumber, "catalogNumber", 30);
        application.publishedOn = Objects.requireNonNull(publishedOn, "publishedOn");
        application.validUntil = publishedOn.plusYears(1).minusDays(1);
        application.record(CertificationAction.IMPORTED, null, username, displayName, at, source);
        return application;
    }

    private void setDetails(ApplicationForm form) {
        if (!Objects.equals(form.entityId(), entity.getId())) {
            throw new IllegalArgumentException("The producer of an application does not change");
        }
        if (!form.commitment()) {
            throw new IllegalArgumentException("The applicant's commitment is required");
        }
        var newPrice = money(form.price(), "price");
        var newReference = money(form.referencePrice(), "referencePrice");
        if (newPrice.signum() <= 0 || newPrice.compareTo(newReference) > 0) {
            throw new IllegalArgumentException("The price is positive and at most the reference price");
        }
        var value = money(form.commodityValue(), "commodityValue");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("The commodity value is not negative");
        }
        if (form.poorPeopleDriven() == null || form.poorPeopleDriven() < 1) {
            throw new IllegalArgumentException("A poverty-alleviation product drives at least one poor person");
        }
        this.productName = Texts.required(form.productName(), "productName", NAME_LENGTH);
        this.categoryCode = Texts.required(form.categoryCode(), "categoryCode", 40);
        this.specification = Texts.required(form.specification(), "specification", SPEC_LENGTH);
        this.price = newPrice;
        this.referencePrice = newReference;
        this.qualityEvidence = Texts.required(form.qualityEvidence(), "qualityEvidence", TEXT_LENGTH);
        this.poorPeopleDriven = form.poorPeopleDriven();
        this.povertyLink = Texts.required(form.povertyLink(), "povertyLink", TEXT_LENGTH);
        this.commodityValue = value;
        this.commitment = true;
    }

    private static BigDecimal money(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " has at most two decimal places");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The county reviewer submits a returned application again, corrected. */
    public void resubmit(ApplicationForm form, Actor actor, LocalDateTime at, String comment) {
        move(RETURNED, SUBMITTED, CertificationAction.RESUBMITTED, actor, at, comment);
        if (entity.isBlacklisted()) {
            throw new CatalogException("catalog.application.error.blacklisted", entity.getName());
        }
        setDetails(form);
    }

    /** 县认定: the county reviewer of the application's county certifies it. */
    public void certifyAtCounty(Actor actor, LocalDateTime at, String comment) {
        move(SUBMITTED, COUNTY_CERTIFIED, CertificationAction.COUNTY_CERTIFIED, actor, at, comment);
    }

    /**
     * 县级公示: instead of certifying at once, the county reviewer starts a county notice on {@code start}; {@code end}
     * is the last of its five working days, computed by the caller from the holiday calendar.
     */
    public void startCountyNotice(LocalDate start, LocalDate end, Actor actor, LocalDateTime at, String comment) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start.plusDays(NOTICE_WORKING_DAYS - 1))) {
            throw new IllegalArgumentException("A notice of five working days lasts at least five days");
        }
        move(SUBMITTED, COUNTY_NOTICE, CertificationAction.COUNTY_NOTICE_STARTED, actor, at, comment);
        this.countyNoticeStart = start;
        this.countyNoticeEnd = end;
    }

    /** 县认定 after the county notice: only once it has ended ({@code today} after its end) with every objection resolved. */
    public void certifyAfterCountyNotice(LocalDate today, Actor actor, LocalDateTime at, String comment) {
        requireStep(COUNTY_NOTICE, CertificationAction.COUNTY_CERTIFIED, actor);
        if (!today.isAfter(countyNoticeEnd)) {
            throw new CatalogException("catalog.application.error.county-notice-not-ended", countyNoticeEnd);
        }
        if (objections.stream().anyMatch(o -> !o.isResolved())) {
            throw new CatalogException("catalog.application.error.county-open-objections");
        }
        move(COUNTY_NOTICE, COUNTY_CERTIFIED, CertificationAction.COUNTY_CERTIFIED, actor, at, comment);
    }

    /** 市审核: the city reviewer of the county's prefecture agrees. */
    public void reviewAtCity(Actor actor, LocalDateTime at, String comment) {
        move(COUNTY_CERTIFIED, CITY_REVIEWED, CertificationAction.CITY_REVIEWED, actor, at, comment);
    }

    /** 省复核: the province reviewer rechecks. */
    public void recheckAtProvince(Actor actor, LocalDateTime at, String comment) {
        move(CITY_REVIEWED, PROVINCE_RECHECKED, CertificationAction.PROVINCE_RECHECKED, actor, at, comment);
    }

    /** The province records the national filing (国务院扶贫办备案): batch and date, decided outside the portal. */
    public void fileNationally(String batch, LocalDate filedOn, Actor actor, LocalDateTime at, String comment) {
        var checkedBatch = Texts.required(batch, "batch", BATCH_LENGTH);
        Objects.requireNonNull(filedOn, "filedOn");
        move(PROVINCE_RECHECKED, FILED_NATIONALLY, CertificationAction.FILED_NATIONALLY, actor, at, comment);
        this.nationalBatch = checkedBatch;
        this.nationalFiledOn = filedOn;
    }

    /**
     * Starts the public notice (公示) on {@code start}, not before the national filing; {@code end} is the last of its
     * five working days, computed by the caller from the holiday calendar.
     */
    public void startNotice(LocalDate start, LocalDate end, Actor actor, LocalDateTime at, String comment) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (status == FILED_NATIONALLY && start.isBefore(nationalFiledOn)) {
            throw new CatalogException("catalog.application.error.notice-before-filing", start, nationalFiledOn);
        }
        if (end.isBefore(start.plusDays(NOTICE_WORKING_DAYS - 1))) {
            throw new IllegalArgumentException("A notice of five working days lasts at least five days");
        }
        move(FILED_NATIONALLY, PUBLIC_NOTICE, CertificationAction.NOTICE_STARTED, actor, at, comment);
        this.noticeStart = start;
        this.noticeEnd = end;
    }

    /** Records an objection received during the notice; it must be resolved before the product is published. */
    public void recordObjection(LocalDate receivedOn, String description, Actor actor, LocalDateTime at) {
        var notice = requireNotice(CertificationAction.OBJECTION_RECORDED, actor);
        Objects.requireNonNull(receivedOn, "receivedOn");
        var start = notice == PUBLIC_NOTICE ? noticeStart : countyNoticeStart;
        var end = notice == PUBLIC_NOTICE ? noticeEnd : countyNoticeEnd;
        if (receivedOn.isBefore(start) || receivedOn.isAfter(end)) {
            throw new CatalogException("catalog.application.error.objection-outside-notice", receivedOn, start, end);
        }
        objections.add(new NoticeObjection(this, receivedOn, description));
        record(CertificationAction.OBJECTION_RECORDED, notice, actor, at, description);
    }

    /** The notice the application is in (county or provincial), for an action that needs one. */
    private CertificationStatus requireNotice(CertificationAction action, Actor actor) {
        if (status != PUBLIC_NOTICE && status != COUNTY_NOTICE) {
            throw illegal(action);
        }
        requireActor(actor);
        return status;
    }

    /** Records how an objection was resolved (verified and dismissed, or upheld: then return or reject). */
    public void resolveObjection(long objectionId, String resolution, Actor actor, LocalDateTime at) {
        var notice = requireNotice(CertificationAction.OBJECTION_RESOLVED, actor);
        var objection = objections.stream().filter(o -> Objects.equals(o.getId(), objectionId)).findFirst()
                .orElseThrow(() -> new CatalogException("catalog.application.error.objection-not-found", objectionId));
        if (objection.isResolved()) {
            throw new CatalogException("catalog.application.error.objection-resolved");
        }
        objection.resolve(resolution, at.toLocalDate());
        record(CertificationAction.OBJECTION_RESOLVED, notice, actor, at, resolution);
    }

    /**
     * Publishes the product into the catalog after its notice has ended without open objections: it gets its catalog
     * number and is valid for one year from {@code publishedOn}.
     */
    public void publish(String number, LocalDate publishedOn, Actor actor, LocalDateTime at) {
        requireStep(PUBLIC_NOTICE, CertificationAction.PUBLISHED, actor);
        Objects.requireNonNull(publishedOn, "publishedOn");
        if (!publishedOn.isAfter(noticeEnd)) {
            throw new CatalogException("catalog.application.error.notice-not-ended", noticeEnd);
        }
        if (objections.stream().anyMatch(o -> !o.isResolved())) {
            throw new CatalogException("catalog.application.error.open-objections");
        }
        var checkedNumber = Texts.required(number, "catalogNumber", 30);
        move(PUBLIC_NOTICE, IN_CATALOG, CertificationAction.PUBLISHED, actor, at, checkedNumber);
        this.catalogNumber = checkedNumber;
        this.publishedOn = publishedOn;
        this.validUntil = publishedOn.plusYears(1).minusDays(1);
    }

    /** Sends the application back to the applicant with a reason, at any open step, by the level whose turn it is. */
    public void sendBack(String reason, Actor actor, LocalDateTime at) {
        close(RETURNED, CertificationAction.RETURNED, reason, actor, at);
    }

    /** Rejects the application for good, with a reason, at any open step, by the level whose turn it is. */
    public void reject(String reason, Actor actor, LocalDateTime at) {
        close(REJECTED, CertificationAction.REJECTED, reason, actor, at);
    }

    // --- Withdrawal (退出): requested (by a complaint's outcome) → confirmed by the county → approved by the province

    /**
     * A supervisor asks for the withdrawal of a catalog product (the outcome of a complaint); the county reviewer then
     * confirms or declines it. Supervisors are no reviewer level, so they are named directly.
     */
    public void requestWithdrawal(WithdrawalReason reason, String note, String username, String displayName,
                                  LocalDateTime at) {
        if (status != IN_CATALOG) {
            throw illegal(CertificationAction.WITHDRAWAL_REQUESTED);
        }
        this.withdrawalReason = Objects.requireNonNull(reason, "reason");
        this.withdrawalNote = Texts.required(note, "note", TEXT_LENGTH);
        status = WITHDRAWAL_REQUESTED;
        record(CertificationAction.WITHDRAWAL_REQUESTED, IN_CATALOG, username, displayName, at, withdrawalNote);
    }

    /** The county reviewer confirms the withdrawal of a catalog product of their county (on their own or as asked). */
    public void confirmWithdrawal(WithdrawalReason reason, String note, Actor actor, LocalDateTime at) {
        if (status != IN_CATALOG && status != WITHDRAWAL_REQUESTED) {
            throw illegal(CertificationAction.WITHDRAWAL_CONFIRMED);
        }
        requireLevel(actor, ReviewLevel.COUNTY);
        this.withdrawalReason = Objects.requireNonNull(reason, "reason");
        this.withdrawalNote = Texts.required(note, "note", TEXT_LENGTH);
        var from = status;
        status = WITHDRAWAL_CONFIRMED;
        record(CertificationAction.WITHDRAWAL_CONFIRMED, from, actor, at, withdrawalNote);
    }

    /** The level whose turn it is declines the withdrawal with a reason; the product stays in the catalog. */
    public void declineWithdrawal(String reason, Actor actor, LocalDateTime at) {
        if (status != WITHDRAWAL_REQUESTED && status != WITHDRAWAL_CONFIRMED) {
            throw illegal(CertificationAction.WITHDRAWAL_DECLINED);
        }
        requireActor(actor);
        var checkedReason = Texts.required(reason, "reason", CertificationStep.COMMENT_LENGTH);
        var from = status;
        status = IN_CATALOG;
        withdrawalReason = null;
        withdrawalNote = null;
        record(CertificationAction.WITHDRAWAL_DECLINED, from, actor, at, checkedReason);
    }

    /** The province approves the withdrawal: the product leaves the catalog on {@code on}. */
    public void approveWithdrawal(LocalDate on, Actor actor, LocalDateTime at, String comment) {
        Objects.requireNonNull(on, "on");
        move(WITHDRAWAL_CONFIRMED, WITHDRAWN, CertificationAction.WITHDRAWAL_APPROVED, actor, at, comment);
        this.withdrawnOn = on;
    }

    /** The province records the date the withdrawal was reported to the national office. */
    public void reportWithdrawalNationally(LocalDate on, Actor actor, LocalDateTime at) {
        Objects.requireNonNull(on, "on");
        if (status != WITHDRAWN || withdrawalReportedOn != null) {
            throw illegal(CertificationAction.WITHDRAWAL_REPORTED);
        }
        requireLevel(actor, ReviewLevel.PROVINCE);
        if (on.isBefore(withdrawnOn)) {
            throw new CatalogException("catalog.withdrawal.error.reported-before-withdrawal", on, withdrawnOn);
        }
        this.withdrawalReportedOn = on;
        record(CertificationAction.WITHDRAWAL_REPORTED, WITHDRAWN, actor, at, on.toString());
    }

    /**
     * The producer was put on the blacklist: an application still under review is rejected, a catalog product is
     * withdrawn at once (reason: violation). Returns whether the product left the catalog. Finished applications
     * (rejected, withdrawn) stay as they are.
     */
    public boolean closeBecauseBlacklisted(String reason, String username, String displayName, LocalDate on,
                                           LocalDateTime at) {
        var from = status;
        var checkedReason = Texts.required(reason, "reason", CertificationStep.COMMENT_LENGTH);
        if (CertificationStatus.OPEN.contains(status) || status == RETURNED) {
            status = REJECTED;
        } else if (CertificationStatus.LISTED.contains(status)) {
            status = WITHDRAWN;
            withdrawalReason = WithdrawalReason.VIOLATION;
            withdrawalNote = checkedReason;
            withdrawnOn = Objects.requireNonNull(on, "on");
        } else {
            return false;
        }
        record(CertificationAction.CLOSED_BY_BLACKLISTING, from, username, displayName, at, checkedReason);
        return status == WITHDRAWN;
    }

    // --- Renewal: a new application, prefilled from the old one, that replaces it in the catalog when published

    /** Months before expiry from which a catalog entry can be renewed. */
    public static final int RENEWAL_OPENS_MONTHS_BEFORE_EXPIRY = 3;

    /** Whether a renewal may be submitted for this entry on {@code today}. */
    public boolean renewable(LocalDate today) {
        return status == IN_CATALOG && !today.isBefore(validUntil.minusMonths(RENEWAL_OPENS_MONTHS_BEFORE_EXPIRY));
    }

    /** Marks this new application as the renewal of a catalog entry of the same producer. */
    public void renewalOf(CertificationApplication previous, LocalDate today) {
        if (!previous.getEntity().equals(entity)) {
            throw new IllegalArgumentException("A renewal is of the same producer");
        }
        if (status != SUBMITTED || steps.size() != 1 || renewalOfId != null) {
            throw new IllegalStateException("Only a new application can be a renewal");
        }
        if (!previous.renewable(today)) {
            throw new CatalogException("catalog.renewal.error.not-open", previous.validUntil == null ? "-"
                    : previous.validUntil.minusMonths(RENEWAL_OPENS_MONTHS_BEFORE_EXPIRY));
        }
        this.renewalOfId = previous.getId();
    }

    /** The renewal was published: this entry leaves the catalog, replaced by the renewal's number. */
    public void supersede(String renewalCatalogNumber, Actor actor, LocalDateTime at) {
        if (status != IN_CATALOG) {
            throw illegal(CertificationAction.RENEWED);
        }
        requireLevel(actor, ReviewLevel.PROVINCE);
        status = CertificationStatus.RENEWED;
        record(CertificationAction.RENEWED, IN_CATALOG, actor, at, renewalCatalogNumber);
    }

    public Long getRenewalOfId() {
        return renewalOfId;
    }

    private void close(CertificationStatus to, CertificationAction action, String reason, Actor actor,
                       LocalDateTime at) {
        if (!CertificationStatus.OPEN.contains(status)) {
            throw illegal(action);
        }
        requireActor(actor);
        var checkedReason = Texts.required(reason, "reason", CertificationStep.COMMENT_LENGTH);
        var from = status;
        status = to;
        record(action, from, actor, at, checkedReason);
    }

    private void move(CertificationStatus from, CertificationStatus to, CertificationAction action, Actor actor,
                      LocalDateTime at, String comment) {
        requireStep(from, action, actor);
        status = to;
        record(action, from, actor, at, comment);
    }

    private void requireStep(CertificationStatus required, CertificationAction action, Actor actor) {
        if (status != required) {
            throw illegal(action);
        }
        requireActor(actor);
    }

    private void requireActor(Actor actor) {
        requireLevel(actor, status.actingLevel());
    }

    private void requireLevel(Actor actor, ReviewLevel level) {
        Objects.requireNonNull(actor, "actor");
        if (actor.level() != level) {
            throw new CatalogException("catalog.application.error.wrong-level",
                    level == null ? "catalog.level.NONE" : level.labelKey());
        }
        if (!actor.covers(countyCode)) {
            throw new CatalogException("catalog.application.error.out-of-region");
        }
    }

    private CatalogException illegal(CertificationAction action) {
        return new CatalogException("catalog.application.error.illegal-transition", status.labelKey(),
                action.labelKey());
    }

    private void record(CertificationAction action, CertificationStatus from, Actor actor, LocalDateTime at,
                        String comment) {
        record(action, from, actor.username(), actor.displayName(), at, comment);
    }

    private void record(CertificationAction action, CertificationStatus from, String username, String displayName,
                        LocalDateTime at, String comment) {
        Objects.requireNonNull(at, "at");
        steps.add(new CertificationStep(this, steps.size() + 1, action, from, status, username, displayName, at,
                comment));
        lastStepAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CertificationStatus getStatus() {
        return status;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public LocalDate getCountyNoticeStart() {
        return countyNoticeStart;
    }

    public LocalDate getCountyNoticeEnd() {
        return countyNoticeEnd;
    }

    public LocalDate getNoticeEnd() {
        return noticeEnd;
    }

    public MarketEntity getEntity() {
        return entity;
    }

    public String getCatalogNumber() {
        return catalogNumber;
    }

    public WithdrawalReason getWithdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public LocalDate getWithdrawalReportedOn() {
        return withdrawalReportedOn;
    }

    public String getProductName() {
        return productName;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    /** The timeline, oldest first. */
    public List<StepRow> stepRows() {
        return steps.stream().map(CertificationStep::toRow).toList();
    }

    public ApplicationRow toRow() {
        return new ApplicationRow(id, version, status, productName, categoryCode, entity.getId(), entity.getName(),
                entity.getCreditCode(), countyCode, poorPeopleDriven, commodityValue, priority, submittedAt,
                lastStepAt, noticeEnd, catalogNumber, validUntil);
    }

    public ApplicationDetail toDetail() {
        return new ApplicationDetail(toRow(), specification, price, referencePrice, qualityEvidence, povertyLink,
                commitment, nationalBatch, nationalFiledOn, noticeStart, publishedOn, withdrawalReason,
                withdrawalNote, withdrawnOn, withdrawalReportedOn, renewalOfId, stepRows(),
                objections.stream().map(NoticeObjection::toRow).toList(), countyNoticeStart, countyNoticeEnd);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CertificationApplication other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return CertificationApplication.class.hashCode();
    }
}
