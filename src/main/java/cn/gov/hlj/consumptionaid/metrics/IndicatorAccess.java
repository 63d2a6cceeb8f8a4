package cn.gov.hlj.consumptionaid.metrics;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may query an indicator with a filter, for {@code @PreAuthorize}: holders of
 * {@value AppRoles#DASHBOARD_ALL_VIEW} and users whose scope covers every department may query all indicators, a
 * task-force member those of their department ({@link Indicator#visibleTo}); and a filter's region must lie within
 * the user's region.
 */
@Component("indicatorAccess")
class IndicatorAccess {

    private final CurrentUser currentUser;

    IndicatorAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean mayQuery(Indicator indicator, IndicatorFilter filter) {
        var user = currentUser.get();
        if (user.isEmpty() || indicator == null) {
            return false;
        }
        var scope = user.get().scope();
        if (filter != null && filter.regionCode() != null && !scope.coversRegion(filter.regionCode())) {
            return false;
        }
        boolean allIndicators = AppRoles.authoritiesOf(user.get().roles()).contains(AppRoles.DASHBOARD_ALL_VIEW)
                || scope.allDepartments();
        return allIndicators || scope.departments().stream().anyMatch(indicator::visibleTo);
    }

    /** Whether the user administers the whole portal (an administrator of no single department). */
    public boolean administersEverything() {
        return currentUser.get()
                .map(user -> user.hasRole(AppRoles.ADMIN) && user.scope().allDepartments())
                .orElse(false);
    }
}
