package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserSpecifications;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The purchasers a user may see: every purchaser for leaders and other cross-department roles, a department's lens
 * for its task force (finance the budget units, education the schools, SASAC the SOEs …), always within the user's
 * region.
 */
@Service
@PreAuthorize("hasAnyAuthority('" + AppRoles.DASHBOARD_OWN_VIEW + "', '" + AppRoles.DASHBOARD_ALL_VIEW + "')")
public class PurchaserService {

    private static final Sort BY_CODE = Sort.by("code");

    private final PurchaserRepository purchasers;
    private final CurrentUser currentUser;

    PurchaserService(PurchaserRepository purchasers, CurrentUser currentUser) {
        this.purchasers = purchasers;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<PurchaserRow> list(PurchaserFilter filter, Pageable pageable) {
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(BY_CODE) : BY_CODE;
        var page = pageable.isUnpaged() ? Pageable.unpaged(sort)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return purchasers.findAll(PurchaserSpecifications.matching(filter, currentUser.require().scope()), page)
                .map(Purchaser::toRow).getContent();
    }

    @Transactional(readOnly = true)
    public long count(PurchaserFilter filter) {
        return purchasers.count(PurchaserSpecifications.matching(filter, currentUser.require().scope()));
    }

    /** One purchaser by code, if the user may see it. */
    @Transactional(readOnly = true)
    public Optional<PurchaserRow> find(String code) {
        var visible = PurchaserSpecifications.matching(PurchaserFilter.ALL, currentUser.require().scope());
        return purchasers.findOne(visible.and((root, query, cb) -> cb.equal(root.get("code"), code)))
                .map(Purchaser::toRow);
    }
}
