package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省国资委: state-owned enterprises' purchases and 以购代捐, ranked by enterprise; help-sell (代销); how many SOEs
 * take part.
 */
@Route("dashboard/sasac")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("SASAC")
class SasacDashboardView extends DepartmentDashboardView {

    SasacDashboardView(DashboardServices services) {
        super(services, "SASAC");
        kpis(SASAC_SOES, SASAC_PARTICIPATING_SOES, SASAC_PARTICIPATION_RATE, SASAC_PURCHASE_AMOUNT,
                SASAC_DONATION_AMOUNT, SASAC_CONSIGNMENT_AMOUNT);
        map(SASAC_PURCHASE_AMOUNT);
        ranking(SASAC_PURCHASE_AMOUNT, PURCHASER, 15);
        ranking(SASAC_DONATION_AMOUNT, PURCHASER, 15);
        trend(getTranslation("dashboard.chart.soe"), SASAC_PURCHASE_AMOUNT, SASAC_DONATION_AMOUNT,
                SASAC_CONSIGNMENT_AMOUNT);
        trend(SASAC_PARTICIPATING_SOES);
        ranking(SASAC_CONSIGNMENT_AMOUNT, PURCHASER, 10);
        share(SASAC_PURCHASE_AMOUNT, CATEGORY);
        ranking(SASAC_PURCHASE_AMOUNT, CITY, 0);
    }
}
