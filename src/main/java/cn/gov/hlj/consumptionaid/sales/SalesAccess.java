package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;

/**
 * Who reads and who changes this module's data, as {@code @PreAuthorize} expressions. Sales are read through the
 * reader's {@link SalesLens}; outlets and exhibitions are the commerce department's records: its task force edits
 * them (within its region), the lead office and cross-department readers (leaders) read them.
 */
final class SalesAccess {

    static final String COMMERCE = "COMMERCE";
    static final String POVERTY_OFFICE = "POVERTY_OFFICE";

    /** Readers of dashboards: task-force members (through their lens) and leaders. */
    static final String SALES_READ = "hasAnyAuthority('" + AppRoles.DASHBOARD_OWN_VIEW + "', '"
            + AppRoles.DASHBOARD_ALL_VIEW + "')";

    /** Outlets and exhibitions: commerce, the lead office and cross-department readers. */
    static final String COMMERCE_READ = SALES_READ + " and (@scope.coversDepartment('" + COMMERCE
            + "') or @scope.coversDepartment('" + POVERTY_OFFICE + "'))";

    /** Recording outlets and exhibitions: the commerce task force (who also imports its data). */
    static final String COMMERCE_EDIT = "hasAuthority('" + AppRoles.DATA_IMPORT + "') and @scope.coversDepartment('"
            + COMMERCE + "')";

    private SalesAccess() {
    }

    /** {@link #COMMERCE_EDIT} for one user, to show or hide the buttons that need it. */
    static boolean editsCommerceRecords(AppUser user) {
        return AppRoles.authoritiesOf(user.roles()).contains(AppRoles.DATA_IMPORT)
                && user.scope().coversDepartment(COMMERCE);
    }
}
