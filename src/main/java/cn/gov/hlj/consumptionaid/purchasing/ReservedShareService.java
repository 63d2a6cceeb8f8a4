package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserSpecifications;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShare;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShareRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reserved shares of the budget units the user may see (finance all, a department its lens), by year. */
@Service
@PreAuthorize("hasAnyAuthority('" + AppRoles.DASHBOARD_OWN_VIEW + "', '" + AppRoles.DASHBOARD_ALL_VIEW + "')")
public class ReservedShareService {

    private final ReservedShareRepository shares;
    private final CurrentUser currentUser;

    ReservedShareService(ReservedShareRepository shares, CurrentUser currentUser) {
        this.shares = shares;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ReservedShareRow> list(int year, PurchaserFilter filter, Pageable pageable) {
        var sort = Sort.by("purchaser.code");
        var page = pageable.isUnpaged() ? Pageable.unpaged(sort)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return shares.findAll(visible(year, filter), page).map(ReservedShare::toRow).getContent();
    }

    @Transactional(readOnly = true)
    public long count(int year, PurchaserFilter filter) {
        return shares.count(visible(year, filter));
    }

    private Specification<ReservedShare> visible(int year, PurchaserFilter filter) {
        var purchasers = PurchaserSpecifications.matching(filter, currentUser.require().scope());
        return (root, query, cb) -> {
            var units = query.subquery(Long.class);
            var unit = units.from(Purchaser.class);
            units.select(unit.get("id")).where(purchasers.toPredicate(unit, query, cb));
            return cb.and(cb.equal(root.get("year"), year), root.get("purchaser").get("id").in(units));
        };
    }
}
