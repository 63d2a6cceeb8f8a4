package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.Complaint;
import cn.gov.hlj.consumptionaid.catalog.domain.ComplaintRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.ComplaintSpecifications;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.reference.HolidaysNotKnownException;
import cn.gov.hlj.consumptionaid.reference.WorkingDays;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.beans.factory.annotation.Value;
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
import java.util.List;
import java.util.Objects;

/**
 * Complaints (投诉举报) about catalog products and market entities. Supervisors record, investigate and close them;
 * reviewers read those of their region (without the complainant's name and contact). The deadline is
 * {@code portal.complaints.deadline-working-days} (15 by default) working days after receipt. Closing with the outcome
 * "withdrawal" asks the county to confirm the product's withdrawal; "blacklist" blacklists the market entity, which
 * withdraws its products at once.
 */
@Service
@PreAuthorize(CertificationService.READ)
public class ComplaintService {

    private static final String SUPERVISOR = "hasAuthority('" + AppRoles.SUPERVISE + "')";
    private static final String IN_SCOPE = "@scope.coversRegion(@catalogScope.countyOfComplaint(#id))";
    private static final Sort ORDER = Sort.by(Sort.Order.asc("closedOn"), Sort.Order.asc("deadline"),
            Sort.Order.asc("id"));

    private final ComplaintRepository complaints;
    private final CertificationApplicationRepository applications;
    private final MarketEntityRepository entities;
    private final MarketEntityService entityService;
    private final WorkingDays workingDays;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int deadlineWorkingDays;

    ComplaintService(ComplaintRepository complaints, CertificationApplicationRepository applications,
                     MarketEntityRepository entities, MarketEntityService entityService, WorkingDays workingDays,
                     CurrentUser currentUser, Clock clock,
                     @Value("${portal.complaints.deadline-working-days:15}") int deadlineWorkingDays) {
        this.complaints = complaints;
        this.applications = applications;
        this.entities = entities;
        this.entityService = entityService;
        this.workingDays = workingDays;
        this.currentUser = currentUser;
        this.clock = clock;
        this.deadlineWorkingDays = deadlineWorkingDays;
    }

    /** Records a complaint, handled by the supervisor who records it; refused (nothing written) naming the field. */
    @Transactional
    @PreAuthorize(SUPERVISOR)
    public ComplaintRow register(ComplaintForm form) {
        if (form.source() == null) {
            throw new CatalogException("catalog.error.field-required", "catalog.complaint.source");
        }
        var application = form.applicationId() == null ? null : applications.findById(form.applicationId())
                .orElseThrow(() -> new CatalogException("catalog.application.error.not-found", form.applicationId()));
        var entity = application != null ? application.getEntity() : form.entityId() == null ? null
                : entities.findById(form.entityId())
                        .orElseThrow(() -> new CatalogException("catalog.entity.error.not-found", form.entityId()));
        if (entity == null) {
            throw new CatalogException("catalog.complaint.error.subject-required");
        }
        MarketEntityService.requireText(form.description(), "catalog.complaint.description", Complaint.TEXT_LENGTH);
        MarketEntityService.optionalText(form.complainantName(), "catalog.complaint.complainant-name", 50);
        MarketEntityService.optionalText(form.complainantContact(), "catalog.complaint.complainant-contact", 100);
        if (form.receivedOn() == null) {
            throw new CatalogException("catalog.error.field-required", "catalog.complaint.received-on");
        }
        if (form.receivedOn().isAfter(LocalDate.now(clock))) {
            throw new CatalogException("catalog.complaint.error.received-in-future", form.receivedOn());
        }
        LocalDate deadline;
        try {
            deadline = workingDays.plusWorkingDays(form.receivedOn(), deadlineWorkingDays);
        } catch (HolidaysNotKnownException e) {
            throw new CatalogException(e.messageKey(), e.arguments());
        }
        var user = currentUser.require();
        var complaint = new Complaint(form.source(), application, entity, form.complainantName(),
                form.complainantContact(), form.description(), form.receivedOn(), deadline, user.username(),
                user.displayName());
        return complaints.saveAndFlush(complaint).toRow(LocalDate.now(clock), true);
    }

    /** Adds investigation notes (dated today). */
    @Transactional
    @PreAuthorize(SUPERVISOR + " and " + IN_SCOPE)
    public ComplaintRow addInvestigation(long id, long version, String notes) {
        var complaint = load(id, version);
        MarketEntityService.requireText(notes, "catalog.complaint.investigation", Complaint.TEXT_LENGTH);
        complaint.addInvestigation(LocalDate.now(clock), notes);
        return save(complaint);
    }

    /**
     * Closes a complaint with finding, feedback and outcome, and starts what the outcome calls for. If that cannot
     * start (the product is not in the catalog, the entity is already blacklisted), nothing is written.
     */
    @Transactional
    @PreAuthorize(SUPERVISOR + " and " + IN_SCOPE)
    public ComplaintRow close(long id, long version, ComplaintClosing closing) {
        var complaint = load(id, version);
        if (closing.outcome() == null) {
            throw new CatalogException("catalog.error.field-required", "catalog.complaint.outcome");
        }
        MarketEntityService.requireText(closing.finding(), "catalog.complaint.finding", Complaint.TEXT_LENGTH);
        MarketEntityService.requireText(closing.feedback(), "catalog.complaint.feedback", Complaint.TEXT_LENGTH);
        var today = LocalDate.now(clock);
        complaint.close(closing.finding(), closing.feedback(), closing.outcome(), today);
        var user = currentUser.require();
        switch (closing.outcome()) {
            case WITHDRAWAL -> {
                if (closing.withdrawalReason() == null) {
                    throw new CatalogException("catalog.error.field-required", "catalog.withdrawal.reason");
                }
                complaint.getApplication().requestWithdrawal(closing.withdrawalReason(), closing.finding(),
                        user.username(), user.displayName(), LocalDateTime.now(clock));
            }
            case BLACKLIST -> {
                var entity = complaint.getEntity();
                entityService.blacklist(entity.getId(), entity.getVersion(), closing.finding(),
                        "complaint:" + complaint.getId());
            }
            default -> { }
        }
        return save(complaint);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CertificationService.READ + " and " + IN_SCOPE)
    public ComplaintRow find(long id) {
        return complaints.findById(id).map(c -> c.toRow(LocalDate.now(clock), supervisor()))
                .orElseThrow(() -> new CatalogException("catalog.complaint.error.not-found", id));
    }

    /** One page of the complaints in the user's region: open ones first, by deadline. */
    @Transactional(readOnly = true)
    public List<ComplaintRow> list(ComplaintFilter filter, Pageable pageable) {
        var today = LocalDate.now(clock);
        var spec = ComplaintSpecifications.matching(Objects.requireNonNull(filter), regionPrefix(), today);
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(ORDER) : ORDER;
        var found = pageable.isUnpaged() ? complaints.findAll(spec, sort)
                : complaints.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))
                        .getContent();
        boolean withComplainant = supervisor();
        return found.stream().map(c -> c.toRow(today, withComplainant)).toList();
    }

    @Transactional(readOnly = true)
    public long count(ComplaintFilter filter) {
        return complaints.count(ComplaintSpecifications.matching(Objects.requireNonNull(filter), regionPrefix(),
                LocalDate.now(clock)));
    }

    private Complaint load(long id, long version) {
        var complaint = complaints.findById(id)
                .orElseThrow(() -> new CatalogException("catalog.complaint.error.not-found", id));
        if (complaint.getVersion() != version) {
            throw new CatalogException("catalog.error.changed-by-someone-else");
        }
        return complaint;
    }

    private ComplaintRow save(Complaint complaint) {
        try {
            return complaints.saveAndFlush(complaint).toRow(LocalDate.now(clock), true);
        } catch (OptimisticLockingFailureException e) {
            throw new CatalogException("catalog.error.changed-by-someone-else");
        }
    }

    private String regionPrefix() {
        return currentUser.require().scope().regionPrefix();
    }

    private boolean supervisor() {
        return currentUser.require().roles().stream()
                .anyMatch(role -> AppRoles.permissionsOf(role).contains(AppRoles.SUPERVISE));
    }
}
