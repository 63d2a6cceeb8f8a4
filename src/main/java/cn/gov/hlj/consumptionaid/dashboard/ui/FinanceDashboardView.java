package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;

/**
 * 省财政厅: budget units' reserved shares (预留份额) against their counted purchases — registered units, reserved and
 * completed amounts, the completion rate, units that reserved nothing, by city and by supervising department, ranked;
 * and the units below a chosen completion rate, listed.
 */
@Route("dashboard/finance")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("FINANCE")
class FinanceDashboardView extends DepartmentDashboardView {

    final UnitsBelowRateCard belowRate;

    FinanceDashboardView(DashboardServices services) {
        super(services, "FINANCE");
        kpis(FINANCE_BUDGET_UNITS, FINANCE_RESERVED_AMOUNT, FINANCE_COMPLETED_AMOUNT, FINANCE_COMPLETION_RATE,
                FINANCE_UNITS_RESERVING_NOTHING, FINANCE_UNITS_BELOW_RATE);
        map(FINANCE_COMPLETION_RATE);
        ranking(FINANCE_COMPLETION_RATE, CITY, 0);
        comparison(getTranslation("dashboard.chart.reserved-and-completed", getTranslation(CITY.labelKey())), CITY, 0,
                FINANCE_RESERVED_AMOUNT, FINANCE_COMPLETED_AMOUNT);
        ranking(FINANCE_COMPLETION_RATE, SUPERVISING_DEPARTMENT, 15);
        comparison(getTranslation("dashboard.chart.reserved-and-completed",
                        getTranslation(SUPERVISING_DEPARTMENT.labelKey())), SUPERVISING_DEPARTMENT, 15,
                FINANCE_RESERVED_AMOUNT, FINANCE_COMPLETED_AMOUNT);
        ranking(FINANCE_UNITS_RESERVING_NOTHING, CITY, 0);
        ranking(FINANCE_UNITS_RESERVING_NOTHING, SUPERVISING_DEPARTMENT, 15);
        trend(FINANCE_COMPLETED_AMOUNT);
        share(FINANCE_COMPLETED_AMOUNT, CHANNEL);
        belowRate = card(new UnitsBelowRateCard(context, this::refresh));
        addFilterPart(belowRate::withThreshold);
    }
}
