package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省扶贫办 (lead): the catalog of certified products by county and category, entries expiring, complaints and the
 * blacklist, sales by channel, purchases by purchaser type and the poor people the products drive.
 */
@Route("dashboard/poverty-office")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("POVERTY_OFFICE")
class PovertyOfficeDashboardView extends DepartmentDashboardView {

    PovertyOfficeDashboardView(DashboardServices services) {
        super(services, "POVERTY_OFFICE");
        kpis(POVERTY_CERTIFIED_PRODUCTS, POVERTY_NEWLY_CERTIFIED, POVERTY_CATALOG_EXPIRING, POVERTY_POOR_PEOPLE_DRIVEN,
                POVERTY_SALES_AMOUNT, POVERTY_PURCHASE_AMOUNT, POVERTY_COMPLAINTS_OPEN, POVERTY_BLACKLISTED_ENTITIES);
        map(POVERTY_CERTIFIED_PRODUCTS);
        share(POVERTY_CERTIFIED_PRODUCTS, CATEGORY);
        trend(getTranslation("dashboard.chart.sales-and-purchases"), POVERTY_SALES_AMOUNT, POVERTY_PURCHASE_AMOUNT);
        ranking(POVERTY_SALES_AMOUNT, CHANNEL, 10);
        share(POVERTY_PURCHASE_AMOUNT, PURCHASER_TYPE);
        ranking(POVERTY_POOR_PEOPLE_DRIVEN, CITY, 0);
        ranking(POVERTY_CATALOG_EXPIRING, COUNTY, 10);
        trend(getTranslation("dashboard.chart.complaints"), POVERTY_COMPLAINTS_RECEIVED, POVERTY_COMPLAINTS_HANDLED);
        ranking(POVERTY_BLACKLISTED_ENTITIES, CITY, 0);
    }
}
