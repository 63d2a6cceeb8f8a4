package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省发展改革委: east–west cooperation with Guangdong — sales into Guangdong by channel, month, origin and category,
 * and the Heilongjiang hall of the Guangdong market.
 */
@Route("dashboard/development-reform")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("DEVELOPMENT_REFORM")
class DevelopmentReformDashboardView extends DepartmentDashboardView {

    DevelopmentReformDashboardView(DashboardServices services) {
        super(services, "DEVELOPMENT_REFORM");
        kpis(REFORM_GUANGDONG_SALES_AMOUNT, REFORM_GD_HALL_SALES_AMOUNT);
        map(REFORM_GUANGDONG_SALES_AMOUNT);
        trend(getTranslation("dashboard.chart.guangdong"), REFORM_GUANGDONG_SALES_AMOUNT, REFORM_GD_HALL_SALES_AMOUNT);
        share(REFORM_GUANGDONG_SALES_AMOUNT, CHANNEL);
        ranking(REFORM_GUANGDONG_SALES_AMOUNT, CITY, 0);
        share(REFORM_GUANGDONG_SALES_AMOUNT, CATEGORY);
        ranking(REFORM_GD_HALL_SALES_AMOUNT, CATEGORY, 10);
    }
}
