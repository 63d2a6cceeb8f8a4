package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplication;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationSpecifications;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.reference.HolidaysNotKnownException;
import cn.gov.hlj.consumptionaid.reference.WorkingDays;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The certification chain: 县认定 → 市审核 → 省复核 → national filing → 公示 (5 working days) → catalog, with return and
 * rejection at every open step. Each command names the application by id and the version the reviewer saw; if the
 * application changed since, the command is refused with "changed by someone else" and nothing is written.
 * <p>
 * Security: reviewers and supervisors read the applications of their region; each step needs the permission of its
 * level and the application's county in the user's region ({@code @scope}); the domain model refuses a step out of
 * order or by the wrong level on its own.
 */
@Service
@PreAuthorize(CertificationService.READ)
public class CertificationService {

    static final String ANY_REVIEWER = "hasAnyAuthority('" + AppRoles.CERTIFY_COUNTY + "', '" + AppRoles.CERTIFY_CITY
            + "', '" + AppRoles.CERTIFY_PROVINCE + "')";
    /** Who reads applications; a method's own {@code @PreAuthorize} replaces the class's, so it repeats this. */
    static final String READ = "(" + ANY_REVIEWER + " or hasAuthority('" + AppRoles.SUPERVISE + "'))";
    private static final String IN_SCOPE = "@scope.coversRegion(@catalogScope.countyOfApplication(#id))";
    private static final String COUNTY = "hasAuthority('" + AppRoles.CERTIFY_COUNTY + "')";
    private static final String CITY = "hasAuthority('" + AppRoles.CERTIFY_CITY + "')";
    private static final String PROVINCE = "hasAuthority('" + AppRoles.CERTIFY_PROVINCE + "')";
    private static final Sort QUEUE_ORDER = Sort.by(Sort.Order.desc("priority"), Sort.Order.asc("lastStepAt"),
            Sort.Order.asc("id"));
    private static final Set<CertificationStatus> RENEWAL_PENDING = EnumSet.of(CertificationStatus.SUBMITTED,
            CertificationStatus.COUNTY_CERTIFIED, CertificationStatus.CITY_REVIEWED,
            CertificationStatus.PROVINCE_RECHECKED, CertificationStatus.FILED_NATIONALLY,
            CertificationStatus.PUBLIC_NOTICE, CertificationStatus.RETURNED);

    private final CertificationApplicationRepository applications;
    private final FormChecks checks;
    private final MarketEntityRepository entities;
    private final WorkingDays workingDays;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificationService(CertificationApplicationRepository applications, MarketEntityRepository entities,
                         FormChecks checks, WorkingDays workingDays, CurrentUser currentUser,
                         ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.checks = checks;
        this.entities = entities;
        this.workingDays = workingDays;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // --- Commands

    /**
     * The county reviewer enters an application of a market entity of their county (see the decision record on who
     * the applicant is). Refused when the entity is blacklisted or the form is incomplete, naming the field.
     */
    @Transactional
    @PreAuthorize(COUNTY + " and @scope.coversRegion(@catalogScope.countyOfEntity(#form?.entityId()))")
    public ApplicationDetail submit(ApplicationForm form, String comment) {
        var entity = entities.findById(form.entityId())
                .orElseThrow(() -> new CatalogException("catalog.entity.error.not-found", form.entityId()));
        if (entity.isBlacklisted()) {
            throw new CatalogException("catalog.application.error.blacklisted", entity.getName());
        }
        validate(form);
        MarketEntityService.optionalText(comment, "catalog.application.comment", 500);
        var application = new CertificationApplication(entity, form, actor(ReviewLevel.COUNTY), now(), comment);
        return applications.saveAndFlush(application).toDetail();
    }

    /**
     * Renewal (续期): from three months before its expiry, the county reviewer submits a new application for a
     * catalog entry of their county, prefilled from it ({@link #detail}{@code .toForm()}), which goes through the
     * whole chain again; when it is published, the old entry leaves the catalog (status RENEWED).
     */
    @Transactional
    @PreAuthorize(COUNTY + " and " + IN_SCOPE)
    public ApplicationDetail renew(long id, ApplicationForm form, String comment) {
        var previous = applications.findById(id)
                .orElseThrow(() -> new CatalogException("catalog.application.error.not-found", id));
        if (!Objects.equals(form.entityId(), previous.getEntity().getId())) {
            throw new CatalogException("catalog.renewal.error.other-producer");
        }
        if (applications.existsByRenewalOfIdAndStatusIn(id, RENEWAL_PENDING)) {
            throw new CatalogException("catalog.renewal.error.pending");
        }
        if (previous.getEntity().isBlacklisted()) {
            throw new CatalogException("catalog.application.error.blacklisted", previous.getEntity().getName());
        }
        validate(form);
        checkComment(comment);
        var renewal = new CertificationApplication(previous.getEntity(), form, actor(ReviewLevel.COUNTY), now(),
                comment);
        renewal.renewalOf(previous, LocalDate.now(clock));
        return applications.saveAndFlush(renewal).toDetail();
    }

    /** The county reviewer submits a returned application again, corrected. */
    @Transactional
    @PreAuthorize(COUNTY + " and " + IN_SCOPE)
    public ApplicationDetail resubmit(long id, long version, ApplicationForm form, String comment) {
        var application = load(id, version);
        validate(form);
        application.resubmit(form, actor(ReviewLevel.COUNTY), now(), comment);
        return save(application);
    }

    @Transactional
    @PreAuthorize(COUNTY + " and " + IN_SCOPE)
    public ApplicationDetail certifyAtCounty(long id, long version, String comment) {
        var application = load(id, version);
        checkComment(comment);
        application.certifyAtCounty(actor(ReviewLevel.COUNTY), now(), comment);
        return save(application);
    }

    /**
     * Starts the county's own public notice (县级公示) on {@code start} instead of certifying at once; it ends on the
     * fifth working day by the holiday calendar. The county certifies after it with {@link #certifyAfterCountyNotice}.
     */
    @Transactional
    @PreAuthorize(COUNTY + " and " + IN_SCOPE)
    public ApplicationDetail startCountyNotice(long id, long version, LocalDate start, String comment) {
        var application = load(id, version);
        requireDate(start, "catalog.application.notice-start");
        checkComment(comment);
        application.startCountyNotice(start, noticeEnd(start), actor(ReviewLevel.COUNTY), now(), comment);
        return save(application);
    }

    /** 县认定 once the county notice has ended with every objection resolved. */
    @Transactional
    @PreAuthorize(COUNTY + " and " + IN_SCOPE)
    public ApplicationDetail certifyAfterCountyNotice(long id, long version, String comment) {
        var application = load(id, version);
        checkComment(comment);
        application.certifyAfterCountyNotice(LocalDate.now(clock), actor(ReviewLevel.COUNTY), now(), comment);
        return save(application);
    }

    private LocalDate noticeEnd(LocalDate start) {
        try {
            return workingDays.endOfPeriod(start, CertificationApplication.NOTICE_WORKING_DAYS);
        } catch (HolidaysNotKnownException e) {
            throw new CatalogException(e.messageKey(), e.arguments());
        }
    }

    @Transactional
    @PreAuthorize(CITY + " and " + IN_SCOPE)
    public ApplicationDetail reviewAtCity(long id, long version, String comment) {
        var application = load(id, version);
        checkComment(comment);
        application.reviewAtCity(actor(ReviewLevel.CITY), now(), comment);
        return save(application);
    }

    @Transactional
    @PreAuthorize(PROVINCE + " and " + IN_SCOPE)
    public ApplicationDetail recheckAtProvince(long id, long version, String comment) {
        var application = load(id, version);
        checkComment(comment);
        application.recheckAtProvince(actor(ReviewLevel.PROVINCE), now(), comment);
        return save(application);
    }

    /** Records the national filing: the batch of the national office and its date. */
    @Transactional
    @PreAuthorize(PROVINCE + " and " + IN_SCOPE)
    public ApplicationDetail fileNationally(long id, long version, String batch, LocalDate filedOn, String comment) {
        var application = load(id, version);
        MarketEntityService.requireText(batch, "catalog.application.national-batch",
                CertificationApplication.BATCH_LENGTH);
        requireDate(filedOn, "catalog.application.national-filed-on");
        checkComment(comment);
        application.fileNationally(batch, filedOn, actor(ReviewLevel.PROVINCE), now(), comment);
        return save(application);
    }

    /**
     * Starts the public notice on {@code start}; it ends on the fifth working day by the holiday calendar
     * ({@code WorkingDays.endOfPeriod(start, 5)}). Refused when the calendar does not know the year yet.
     */
    @Transactional
    @PreAuthorize(PROVINCE + " and " + IN_SCOPE)
    public ApplicationDetail startNotice(long id, long version, LocalDate start, String comment) {
        var application = load(id, version);
        requireDate(start, "catalog.application.notice-start");
        checkComment(comment);
        application.startNotice(start, noticeEnd(start), actor(ReviewLevel.PROVINCE), now(), comment);
        return save(application);
    }

    /** Records an objection received during a notice: the county's (by the county) or the provincial one. */
    @Transactional
    @PreAuthorize("(" + COUNTY + " or " + PROVINCE + ") and " + IN_SCOPE)
    public ApplicationDetail recordObjection(long id, long version, LocalDate receivedOn, String description) {
        var application = load(id, version);
        requireDate(receivedOn, "catalog.objection.received-on");
        MarketEntityService.requireText(description, "catalog.objection.description", 500);
        application.recordObjection(receivedOn, description, actorFor(application.getStatus()), now());
        return save(application);
    }

    @Transactional
    @PreAuthorize("(" + COUNTY + " or " + PROVINCE + ") and " + IN_SCOPE)
    public ApplicationDetail resolveObjection(long id, long version, long objectionId, String resolution) {
        var application = load(id, version);
        MarketEntityService.requireText(resolution, "catalog.objection.resolution", 500);
        application.resolveObjection(objectionId, resolution, actorFor(application.getStatus()), now());
        return save(application);
    }

    /**
     * Publishes the product into the catalog on {@code publishedOn} (after the notice, not in the future) with the next
     * catalog number of its county and year; publishes {@link ProductCertified}.
     */
    @Transactional
    @PreAuthorize(PROVINCE + " and " + IN_SCOPE)
    public ApplicationDetail publish(long id, long version, LocalDate publishedOn) {
        var application = load(id, version);
        requireDate(publishedOn, "catalog.application.published-on");
        if (publishedOn.isAfter(LocalDate.now(clock))) {
            throw new CatalogException("catalog.application.error.published-in-future", publishedOn);
        }
        var number = nextCatalogNumber(application.getCountyCode(), publishedOn.getYear());
        application.publish(number, publishedOn, actor(ReviewLevel.PROVINCE), now());
        if (application.getRenewalOfId() != null) {
            // the old entry may have been withdrawn meanwhile; then there is nothing to replace
            applications.findById(application.getRenewalOfId())
                    .filter(previous -> previous.getStatus() == CertificationStatus.IN_CATALOG)
                    .ifPresent(previous -> previous.supersede(number, actor(ReviewLevel.PROVINCE), now()));
        }
        var detail = save(application);
        var row = detail.row();
        events.publishEvent(new ProductCertified(row.id(), row.catalogNumber(), row.productName(),
                row.categoryCode(), row.creditCode(), row.producerName(), row.countyCode(), row.poorPeopleDriven(),
                row.commodityValue(), detail.publishedOn(), row.validUntil()));
        return detail;
    }

    /** Sends the application back to the applicant with a reason; by the level whose turn it is. */
    @Transactional
    @PreAuthorize(ANY_REVIEWER + " and " + IN_SCOPE)
    public ApplicationDetail sendBack(long id, long version, String reason) {
        var application = load(id, version);
        MarketEntityService.requireText(reason, "catalog.application.reason", 500);
        application.sendBack(reason, actorFor(application.getStatus()), now());
        return save(application);
    }

    /** Rejects the application for good with a reason; by the level whose turn it is. */
    @Transactional
    @PreAuthorize(ANY_REVIEWER + " and " + IN_SCOPE)
    public ApplicationDetail reject(long id, long version, String reason) {
        var application = load(id, version);
        MarketEntityService.requireText(reason, "catalog.application.reason", 500);
        application.reject(reason, actorFor(application.getStatus()), now());
        return save(application);
    }

    // --- Withdrawal

    /** The county reviewer confirms the withdrawal of a catalog product of their county, with reason and note. */
    @Transactional
    @PreAuthorize(COUNTY + " and " + IN_SCOPE)
    public ApplicationDetail confirmWithdrawal(long id, long version, WithdrawalReason reason, String note) {
        var application = load(id, version);
        if (reason == null) {
            throw new CatalogException("catalog.error.field-required", "catalog.withdrawal.reason");
        }
        MarketEntityService.requireText(note, "catalog.withdrawal.note", CertificationApplication.TEXT_LENGTH);
        application.confirmWithdrawal(reason, note, actor(ReviewLevel.COUNTY), now());
        return save(application);
    }

    /** The level whose turn it is declines a withdrawal: the product stays in the catalog. */
    @Transactional
    @PreAuthorize(ANY_REVIEWER + " and " + IN_SCOPE)
    public ApplicationDetail declineWithdrawal(long id, long version, String reason) {
        var application = load(id, version);
        MarketEntityService.requireText(reason, "catalog.application.reason", 500);
        application.declineWithdrawal(reason, actorFor(application.getStatus()), now());
        return save(application);
    }

    /** The province approves a confirmed withdrawal: the product leaves the catalog; {@link ProductWithdrawn}. */
    @Transactional
    @PreAuthorize(PROVINCE + " and " + IN_SCOPE)
    public ApplicationDetail approveWithdrawal(long id, long version, LocalDate on, String comment) {
        var application = load(id, version);
        requireDate(on, "catalog.withdrawal.withdrawn-on");
        checkComment(comment);
        application.approveWithdrawal(on, actor(ReviewLevel.PROVINCE), now(), comment);
        var detail = save(application);
        events.publishEvent(new ProductWithdrawn(id, detail.row().catalogNumber(), detail.row().productName(),
                detail.row().countyCode(), detail.withdrawalReason(), on));
        return detail;
    }

    /** The province records the date a withdrawal was reported to the national office. */
    @Transactional
    @PreAuthorize(PROVINCE + " and " + IN_SCOPE)
    public ApplicationDetail reportWithdrawalNationally(long id, long version, LocalDate on) {
        var application = load(id, version);
        requireDate(on, "catalog.withdrawal.reported-on");
        application.reportWithdrawalNationally(on, actor(ReviewLevel.PROVINCE), now());
        return save(application);
    }

    // --- Queries

    @Transactional(readOnly = true)
    @PreAuthorize(READ + " and " + IN_SCOPE)
    public ApplicationDetail detail(long id) {
        return applications.findById(id).map(CertificationApplication::toDetail)
                .orElseThrow(() -> new CatalogException("catalog.application.error.not-found", id));
    }

    /**
     * One page of the applications in the user's region that the filter selects; the work queue (priority first,
     * then the longest waiting) when {@code filter.awaitingMe()}.
     */
    @Transactional(readOnly = true)
    public List<ApplicationRow> list(ApplicationFilter filter, Pageable pageable) {
        var spec = spec(filter);
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(QUEUE_ORDER) : QUEUE_ORDER;
        var found = pageable.isUnpaged() ? applications.findAll(spec, sort)
                : applications.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))
                        .getContent();
        return found.stream().map(CertificationApplication::toRow).toList();
    }

    @Transactional(readOnly = true)
    public long count(ApplicationFilter filter) {
        return applications.count(spec(filter));
    }

    /** Whether the catalog entry can be renewed today (three months before its expiry or later). */
    @Transactional(readOnly = true)
    @PreAuthorize(READ + " and " + IN_SCOPE)
    public boolean renewable(long id) {
        return applications.findById(id).map(a -> a.renewable(LocalDate.now(clock))
                && !applications.existsByRenewalOfIdAndStatusIn(id, RENEWAL_PENDING)).orElse(false);
    }

    /** The reviewer levels the signed-in user acts at (none for a supervisor). */
    public Set<ReviewLevel> myLevels() {
        var user = currentUser.require();
        var levels = EnumSet.noneOf(ReviewLevel.class);
        for (var level : ReviewLevel.values()) {
            if (holds(user, level)) {
                levels.add(level);
            }
        }
        return levels;
    }

    // --- Helpers

    private org.springframework.data.jpa.domain.Specification<CertificationApplication> spec(ApplicationFilter filter) {
        var awaiting = EnumSet.noneOf(CertificationStatus.class);
        myLevels().forEach(level -> awaiting.addAll(CertificationStatus.awaiting(level)));
        return CertificationApplicationSpecifications.matching(Objects.requireNonNull(filter),
                currentUser.require().scope().regionPrefix(), awaiting);
    }

    private String nextCatalogNumber(String countyCode, int year) {
        // HLJ-<year>-<county>-<nnnn>: see docs/decisions/2026-11-28-certification-applicant-and-catalog-numbers.md
        var prefix = "HLJ-" + year + "-" + countyCode + "-";
        int next = applications.findLastCatalogNumber(prefix)
                .map(last -> Integer.parseInt(last.substring(prefix.length())) + 1).orElse(1);
        return prefix + String.format("%04d", next);
    }

    private CertificationApplication load(long id, long version) {
        var application = applications.findById(id)
                .orElseThrow(() -> new CatalogException("catalog.application.error.not-found", id));
        if (application.getVersion() != version) {
            throw new CatalogException("catalog.error.changed-by-someone-else");
        }
        return application;
    }

    private ApplicationDetail save(CertificationApplication application) {
        try {
            return applications.saveAndFlush(application).toDetail();
        } catch (OptimisticLockingFailureException e) {
            throw new CatalogException("catalog.error.changed-by-someone-else");
        }
    }

    private void validate(ApplicationForm form) {
        checks.application(form);
    }


    private static void requireDate(LocalDate date, String fieldKey) {
        if (date == null) {
            throw new CatalogException("catalog.error.field-required", fieldKey);
        }
    }

    private static void checkComment(String comment) {
        MarketEntityService.optionalText(comment, "catalog.application.comment", 500);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private Actor actor(ReviewLevel level) {
        var user = currentUser.require();
        return new Actor(user.username(), user.displayName(), level, user.scope().regionPrefix());
    }

    /**
     * The user acting on an application in this state: at the level whose turn it is if they hold it, otherwise at
     * their own highest level — which the domain model then refuses with "not your step".
     */
    private Actor actorFor(CertificationStatus status) {
        var user = currentUser.require();
        var required = status.actingLevel();
        if (required != null && holds(user, required)) {
            return actor(required);
        }
        var levels = myLevels();
        return actor(levels.isEmpty() ? ReviewLevel.COUNTY : levels.stream().reduce((a, b) -> b).orElseThrow());
    }

    private static boolean holds(AppUser user, ReviewLevel level) {
        return user.roles().stream().anyMatch(role -> AppRoles.permissionsOf(role).contains(level.permission()));
    }
}
