package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省委网信办: online channels — sales and records by platform, their monthly trend, categories and regions; the
 * catalog products sold online, by platform and month.
 */
@Route("dashboard/cyberspace")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("CYBERSPACE")
class CyberspaceDashboardView extends DepartmentDashboardView {

    CyberspaceDashboardView(DashboardServices services) {
        super(services, "CYBERSPACE");
        kpis(CYBERSPACE_ONLINE_SALES_AMOUNT, CYBERSPACE_ONLINE_SALES_RECORDS, CYBERSPACE_PRODUCTS_ONLINE);
        map(CYBERSPACE_ONLINE_SALES_AMOUNT);
        ranking(CYBERSPACE_ONLINE_SALES_AMOUNT, CHANNEL, 0);
        share(CYBERSPACE_ONLINE_SALES_RECORDS, CHANNEL);
        trend(getTranslation("dashboard.chart.online"), CYBERSPACE_ONLINE_SALES_AMOUNT,
                CYBERSPACE_ONLINE_SALES_RECORDS);
        share(CYBERSPACE_ONLINE_SALES_AMOUNT, CATEGORY);
        ranking(CYBERSPACE_ONLINE_SALES_AMOUNT, CITY, 0);
        ranking(CYBERSPACE_PRODUCTS_ONLINE, CHANNEL, 0);
        trend(CYBERSPACE_PRODUCTS_ONLINE);
    }
}
