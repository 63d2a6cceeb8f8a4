package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省供销社: the 832 platform and 小康龙江 — turnover, orders, sales reported, suppliers with deals and suppliers listed
 * (with a product in the catalog), by platform, purchaser type, month, region and category.
 */
@Route("dashboard/supply-cooperative")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("SUPPLY_COOPERATIVE")
class SupplyCooperativeDashboardView extends DepartmentDashboardView {

    SupplyCooperativeDashboardView(DashboardServices services) {
        super(services, "SUPPLY_COOPERATIVE");
        kpis(SUPPLY_PLATFORM_TURNOVER, SUPPLY_PLATFORM_ORDERS, SUPPLY_PLATFORM_SALES_AMOUNT, SUPPLY_ACTIVE_SUPPLIERS,
                SUPPLY_LISTED_SUPPLIERS);
        map(SUPPLY_PLATFORM_TURNOVER);
        trend(getTranslation("dashboard.chart.platform"), SUPPLY_PLATFORM_TURNOVER, SUPPLY_PLATFORM_ORDERS);
        share(SUPPLY_PLATFORM_TURNOVER, CHANNEL);
        share(SUPPLY_PLATFORM_TURNOVER, PURCHASER_TYPE);
        ranking(SUPPLY_ACTIVE_SUPPLIERS, CITY, 0);
        ranking(SUPPLY_LISTED_SUPPLIERS, CITY, 0);
        ranking(SUPPLY_PLATFORM_TURNOVER, CATEGORY, 10);
        trend(SUPPLY_PLATFORM_SALES_AMOUNT);
    }
}
