package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import com.vaadin.flow.component.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which dashboard is whose, who may open which, and where a user lands after signing in — one table for the views,
 * the menu, the overview's links and the landing rule.
 * <p>
 * Leaders (holders of {@value AppRoles#DASHBOARD_ALL_VIEW} or {@value AppRoles#OVERVIEW_VIEW}) open the overview and
 * every department's dashboard; a task-force member ({@value AppRoles#DASHBOARD_OWN_VIEW}) only their own department's.
 */
final class Dashboards {

    /** The department dashboards in the order of DESIGN.md §1. */
    static final Map<String, Class<? extends DepartmentDashboardView>> BY_DEPARTMENT;

    static {
        var map = new LinkedHashMap<String, Class<? extends DepartmentDashboardView>>();
        map.put("POVERTY_OFFICE", PovertyOfficeDashboardView.class);
        map.put("CYBERSPACE", CyberspaceDashboardView.class);
        map.put("FINANCE", FinanceDashboardView.class);
        map.put("EDUCATION", EducationDashboardView.class);
        map.put("AGRICULTURE", AgricultureDashboardView.class);
        map.put("COMMERCE", CommerceDashboardView.class);
        map.put("SASAC", SasacDashboardView.class);
        map.put("DEVELOPMENT_REFORM", DevelopmentReformDashboardView.class);
        map.put("SUPPLY_COOPERATIVE", SupplyCooperativeDashboardView.class);
        map.put("COMMERCE_FEDERATION", CommerceFederationDashboardView.class);
        BY_DEPARTMENT = Collections.unmodifiableMap(map);
    }

    private Dashboards() {
    }

    /** The department whose dashboard a view is, if it is one. */
    static Optional<String> departmentOf(Class<?> view) {
        return BY_DEPARTMENT.entrySet().stream().filter(e -> e.getValue().equals(view)).map(Map.Entry::getKey)
                .findFirst();
    }

    static boolean leads(AppUser user) {
        var authorities = AppRoles.authoritiesOf(user.roles());
        return authorities.contains(AppRoles.DASHBOARD_ALL_VIEW) || authorities.contains(AppRoles.OVERVIEW_VIEW);
    }

    static boolean mayOpenOverview(AppUser user) {
        return leads(user);
    }

    static boolean mayOpen(AppUser user, String department) {
        return leads(user) || (AppRoles.authoritiesOf(user.roles()).contains(AppRoles.DASHBOARD_OWN_VIEW)
                && department.equals(user.departmentCode()));
    }

    /** The user's own department dashboard, if they are a task-force member of a department that has one. */
    static Optional<Class<? extends DepartmentDashboardView>> own(AppUser user) {
        return Optional.ofNullable(user.departmentCode()).map(BY_DEPARTMENT::get)
                .filter(view -> mayOpen(user, user.departmentCode()));
    }

    /** Where the user lands after signing in: leaders on the overview, task-force members on their dashboard. */
    static Optional<Class<? extends Component>> landing(AppUser user) {
        if (leads(user)) {
            return Optional.of(OverviewView.class);
        }
        return own(user).map(view -> view);
    }
}
