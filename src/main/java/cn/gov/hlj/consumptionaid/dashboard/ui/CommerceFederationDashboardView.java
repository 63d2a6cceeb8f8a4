package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省工商联: private enterprises of 百企帮百村 — their purchases and consignment sales, ranked by enterprise, and how
 * many take part.
 */
@Route("dashboard/commerce-federation")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("COMMERCE_FEDERATION")
class CommerceFederationDashboardView extends DepartmentDashboardView {

    CommerceFederationDashboardView(DashboardServices services) {
        super(services, "COMMERCE_FEDERATION");
        kpis(FEDERATION_ENTERPRISES, FEDERATION_PARTICIPATING_ENTERPRISES, FEDERATION_PARTICIPATION_RATE,
                FEDERATION_PURCHASE_AMOUNT, FEDERATION_CONSIGNMENT_AMOUNT);
        map(FEDERATION_PURCHASE_AMOUNT);
        ranking(FEDERATION_PURCHASE_AMOUNT, PURCHASER, 15);
        ranking(FEDERATION_CONSIGNMENT_AMOUNT, PURCHASER, 10);
        trend(getTranslation("dashboard.chart.federation"), FEDERATION_PURCHASE_AMOUNT,
                FEDERATION_CONSIGNMENT_AMOUNT);
        trend(FEDERATION_PARTICIPATING_ENTERPRISES);
        share(FEDERATION_PURCHASE_AMOUNT, CATEGORY);
        ranking(FEDERATION_PURCHASE_AMOUNT, CITY, 0);
    }
}
