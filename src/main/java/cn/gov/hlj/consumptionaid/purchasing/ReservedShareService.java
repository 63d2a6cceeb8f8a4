package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShare;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShareRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShareSpecifications;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reserved shares of the budget units the user may see, by year, and their review (draft → submitted → approved by
 * the supervising unit, or returned with a reason → resubmitted). Finance and the cross-department roles read them
 * all; a department member reads its lens; a user linked to a unit (所在单位) reads that unit's share and its
 * subordinates'. Only a user of the share's supervising unit approves or returns it ({@code @reservedShareReview}).
 */
@Service
@PreAuthorize("hasAnyAuthority('" + AppRoles.DASHBOARD_OWN_VIEW + "', '" + AppRoles.DASHBOARD_ALL_VIEW + "')")
public class ReservedShareService {

    private static final String READ = "hasAnyAuthority('" + AppRoles.DASHBOARD_OWN_VIEW + "', '"
            + AppRoles.DASHBOARD_ALL_VIEW + "')";

    private final ReservedShareRepository shares;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReservedShareService(ReservedShareRepository shares, CurrentUser currentUser, Clock clock,
                         ApplicationEventPublisher events) {
        this.shares = shares;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ReservedShareRow> list(int year, PurchaserFilter filter, Pageable pageable) {
        return list(year, filter, null, pageable);
    }

    @Transactional(readOnly = true)
    public long count(int year, PurchaserFilter filter) {
        return count(year, filter, null);
    }

    /** The shares of a year the user may see, optionally only those in one status ({@code null}: any). */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<ReservedShareRow> list(int year, PurchaserFilter filter, ReservedShareStatus status,
                                      Pageable pageable) {
        var sort = Sort.by("purchaser.code");
        var page = pageable.isUnpaged() ? Pageable.unpaged(sort)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return shares.findAll(visible(year, filter, status), page).map(ReservedShare::toRow).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public long count(int year, PurchaserFilter filter, ReservedShareStatus status) {
        return shares.count(visible(year, filter, status));
    }

    /** Whether the signed-in user may approve or return this share (the view shows the actions only then). */
    @PreAuthorize(READ)
    public boolean mayReview(ReservedShareRow row) {
        var user = currentUser.require();
        return row.status() == ReservedShareStatus.SUBMITTED && user.hasRole(AppRoles.DEPARTMENT_MEMBER)
                && user.unitCode() != null && user.unitCode().equals(row.supervisingUnitCode());
    }

    /** Whether the signed-in user may file this returned (or draft) share again. */
    @PreAuthorize(READ)
    public boolean mayResubmit(ReservedShareRow row) {
        var user = currentUser.require();
        boolean filable = row.status() == ReservedShareStatus.RETURNED || row.status() == ReservedShareStatus.DRAFT;
        return filable && user.hasRole(AppRoles.DEPARTMENT_MEMBER)
                && (user.unitCode() == null || user.unitCode().equals(row.purchaserCode()));
    }

    /**
     * The supervising unit approves the share.
     *
     * @param version the version the user saw; a share changed since is refused with a message
     */
    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.DATA_IMPORT + "') and @reservedShareReview.maySupervise(#id)")
    public ReservedShareRow approve(long id, long version) {
        var share = load(id, version);
        var before = share.getStatus();
        share.approve(currentUser.require().username(), LocalDateTime.now(clock));
        return flush(share, before);
    }

    /** The supervising unit returns the share to the unit with a reason (required, at most 500 characters). */
    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.DATA_IMPORT + "') and @reservedShareReview.maySupervise(#id)")
    public ReservedShareRow returnWithReason(long id, long version, String reason) {
        var share = load(id, version);
        var before = share.getStatus();
        share.returnWithReason(currentUser.require().username(), LocalDateTime.now(clock), reason);
        return flush(share, before);
    }

    /** The unit (or the task force that files for it) submits a returned or draft share again. */
    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.DATA_IMPORT + "') and @reservedShareReview.mayFile(#id)")
    public ReservedShareRow resubmit(long id, long version) {
        var share = load(id, version);
        var before = share.getStatus();
        share.resubmit();
        return flush(share, before);
    }

    private ReservedShare load(long id, long version) {
        var share = shares.findById(id)
                .orElseThrow(() -> new ReservedShareException("purchasing.reserved-share.review.not-found"));
        if (share.getVersion() != version) {
            throw new ReservedShareException("purchasing.reserved-share.review.changed");
        }
        return share;
    }

    /**
     * Writes now, so that a concurrent change found by {@code @Version} gets its message rather than a 500, then tells
     * the registry rollups in the same transaction.
     */
    private ReservedShareRow flush(ReservedShare share, ReservedShareStatus before) {
        ReservedShare saved;
        try {
            saved = shares.saveAndFlush(share);
        } catch (OptimisticLockingFailureException e) {
            throw new ReservedShareException("purchasing.reserved-share.review.changed");
        }
        events.publishEvent(new ReservedShareStatusChanged(saved.getId(), before, saved.getStatus()));
        return saved.toRow();
    }

    private Specification<ReservedShare> visible(int year, PurchaserFilter filter, ReservedShareStatus status) {
        return ReservedShareSpecifications.visible(year, filter, status, currentUser.require());
    }
}
