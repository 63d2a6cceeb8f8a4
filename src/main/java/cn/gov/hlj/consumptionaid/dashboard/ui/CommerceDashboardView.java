package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省商务厅: offline counters, zones and halls (专柜/专区/专馆) open and their sales, supermarkets and wholesale markets,
 * e-commerce platforms, and exhibitions with the deals signed there — by channel, month, region and category.
 */
@Route("dashboard/commerce")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("COMMERCE")
class CommerceDashboardView extends DepartmentDashboardView {

    CommerceDashboardView(DashboardServices services) {
        super(services, "COMMERCE");
        kpis(COMMERCE_OFFLINE_SALES_AMOUNT, COMMERCE_OUTLETS_OPEN, COMMERCE_EXHIBITION_SALES_AMOUNT,
                COMMERCE_EXHIBITION_DEALS_AMOUNT, CYBERSPACE_ONLINE_SALES_AMOUNT, CYBERSPACE_ONLINE_SALES_RECORDS);
        map(COMMERCE_OFFLINE_SALES_AMOUNT);
        share(COMMERCE_OFFLINE_SALES_AMOUNT, CHANNEL);
        columns(COMMERCE_OUTLETS_OPEN, CHANNEL);
        trend(getTranslation("dashboard.chart.commerce"), COMMERCE_OFFLINE_SALES_AMOUNT,
                COMMERCE_EXHIBITION_SALES_AMOUNT, CYBERSPACE_ONLINE_SALES_AMOUNT);
        ranking(COMMERCE_OUTLETS_OPEN, CITY, 0);
        comparison(getTranslation("dashboard.chart.exhibitions"), CHANNEL, 0, COMMERCE_EXHIBITION_DEALS_AMOUNT,
                COMMERCE_EXHIBITION_SALES_AMOUNT);
        ranking(CYBERSPACE_ONLINE_SALES_AMOUNT, CHANNEL, 0);
        ranking(COMMERCE_OFFLINE_SALES_AMOUNT, CITY, 0);
        share(COMMERCE_OFFLINE_SALES_AMOUNT, CATEGORY);
    }
}
