package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省教育厅: 农校对接 — schools that made at least one counted purchase in the period, by city and by school type,
 * their canteens' purchase amounts, and the monthly trend.
 */
@Route("dashboard/education")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("EDUCATION")
class EducationDashboardView extends DepartmentDashboardView {

    EducationDashboardView(DashboardServices services) {
        super(services, "EDUCATION");
        kpis(EDUCATION_SCHOOLS, EDUCATION_PARTICIPATING_SCHOOLS, EDUCATION_PARTICIPATION_RATE,
                EDUCATION_PURCHASE_AMOUNT);
        map(EDUCATION_PURCHASE_AMOUNT);
        comparison(getTranslation("dashboard.chart.schools-by-city"), CITY, 0, EDUCATION_PARTICIPATING_SCHOOLS,
                EDUCATION_SCHOOLS);
        columns(EDUCATION_PARTICIPATING_SCHOOLS, SCHOOL_TYPE);
        trend(getTranslation("dashboard.chart.education"), EDUCATION_PURCHASE_AMOUNT,
                EDUCATION_PARTICIPATING_SCHOOLS);
        share(EDUCATION_PURCHASE_AMOUNT, SCHOOL_TYPE);
        ranking(EDUCATION_PURCHASE_AMOUNT, CITY, 0);
        ranking(EDUCATION_PARTICIPATION_RATE, CITY, 0);
        ranking(EDUCATION_PURCHASE_AMOUNT, PURCHASER, 10);
        share(EDUCATION_PURCHASE_AMOUNT, CATEGORY);
    }
}
