package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省农业农村厅: producers (market entities, leading enterprises, farmers' cooperatives), certified products by
 * category, and withdrawals
 * from the catalog, quality and food-safety ones apart.
 */
@Route("dashboard/agriculture")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("AGRICULTURE")
class AgricultureDashboardView extends DepartmentDashboardView {

    AgricultureDashboardView(DashboardServices services) {
        super(services, "AGRICULTURE");
        kpis(AGRICULTURE_MARKET_ENTITIES, AGRICULTURE_LEADING_ENTERPRISES, AGRICULTURE_COOPERATIVES,
                POVERTY_CERTIFIED_PRODUCTS, POVERTY_NEWLY_CERTIFIED, AGRICULTURE_WITHDRAWALS,
                AGRICULTURE_QUALITY_WITHDRAWALS);
        map(AGRICULTURE_MARKET_ENTITIES);
        share(POVERTY_CERTIFIED_PRODUCTS, CATEGORY);
        ranking(AGRICULTURE_LEADING_ENTERPRISES, CITY, 0);
        ranking(AGRICULTURE_COOPERATIVES, CITY, 0);
        trend(getTranslation("dashboard.chart.withdrawals"), AGRICULTURE_WITHDRAWALS,
                AGRICULTURE_QUALITY_WITHDRAWALS);
        columns(AGRICULTURE_QUALITY_WITHDRAWALS, CATEGORY);
        ranking(POVERTY_CERTIFIED_PRODUCTS, COUNTY, 15);
    }
}
