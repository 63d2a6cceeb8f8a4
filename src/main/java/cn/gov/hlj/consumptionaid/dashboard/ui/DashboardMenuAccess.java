package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.security.core.Authentication;

/**
 * Keeps other departments' dashboards out of a task-force member's menu: Vaadin builds the menu from the routes the
 * navigation access control lets through, and {@code @RolesAllowed} alone would let every member see all ten.
 * <p>
 * When actually navigating it stays neutral: the dashboard itself checks the department on entering
 * ({@link DepartmentDashboardView}) and sends the member to their own one with a message, which a denial here would
 * prevent (it would end on the error page instead).
 */
final class DashboardMenuAccess implements NavigationAccessChecker {

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
