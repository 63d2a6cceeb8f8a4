package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShareRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShareSpecifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluator that {@code @PreAuthorize} asks about reserved-share reviews:
 * {@code @PreAuthorize("@reservedShareReview.maySupervise(#id)")}. A user reviews the shares of the units whose
 * supervising unit (上级主管单位) is their own unit (所在单位); a share files again from its own unit, or from a task
 * force member without a unit who sees it.
 */
@Component("reservedShareReview")
public class ReservedShareReview {

    private final ReservedShareRepository shares;
    private final CurrentUser currentUser;

    ReservedShareReview(ReservedShareRepository shares, CurrentUser currentUser) {
        this.shares = shares;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public boolean maySupervise(long shareId) {
        var unit = currentUser.get().map(user -> user.unitCode()).orElse(null);
        return unit != null && shares.findById(shareId).map(share -> share.toRow().supervisingUnitCode())
                .filter(unit::equals).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean mayFile(long shareId) {
        var user = currentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        if (user.unitCode() != null) {
            return shares.findById(shareId).map(share -> share.toRow().purchaserCode())
                    .filter(user.unitCode()::equals).isPresent();
        }
        return shares.exists(ReservedShareSpecifications.visibleTo(user)
                .and((root, query, cb) -> cb.equal(root.get("id"), shareId)));
    }
}
