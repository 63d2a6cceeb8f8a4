package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.shared.ui.MenuAccessRule;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Keeps other departments' dashboards out of a task-force member's menu: Vaadin builds the menu from the routes the
 * navigation access control lets through, and {@code @RolesAllowed} alone would let every member see all ten.
 * <p>
 * When actually navigating it stays neutral: the dashboard itself checks the department on entering
 * ({@link DepartmentDashboardView}) and sends the member to their own one with a message, which a denial here would
 * prevent (it would end on the error page instead).
 */
@Component
final class DashboardMenuAccess implements MenuAccessRule {

    @Override
    public AccessCheckResult check(NavigationContext context) {
        var department = Dashboards.departmentOf(context.getNavigationTarget());
        if (department.isEmpty() || context.isNavigating()) {
            return context.neutral();
        }
        if (context.getPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof AppUserPrincipal principal
                && Dashboards.mayOpen(principal.getAppUser(), department.get())) {
            return context.neutral();
        }
        return context.deny("Another department's dashboard");
    }
}
