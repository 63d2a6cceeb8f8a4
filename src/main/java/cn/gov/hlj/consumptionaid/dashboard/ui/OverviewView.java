package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;

/**
 * 全省总览, the leadership overview: the province's headline figures, the map and trends of purchases and sales, and
 * each of the ten task forces with its headline indicators and the way into its dashboard.
 */
@Route("overview")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR})
@Menu(title = "dashboard.menu.overview", order = 1, icon = "vaadin:chart-grid")
@MenuGroup(MenuGroup.OVERVIEW)
class OverviewView extends DashboardView {

    /** Each department's headline indicators, in the order of DESIGN.md §1. */
    static final Map<String, List<Indicator>> HEADLINES = new LinkedHashMap<>();

    static {
        HEADLINES.put("POVERTY_OFFICE", List.of(POVERTY_CERTIFIED_PRODUCTS, POVERTY_SALES_AMOUNT,
                POVERTY_COMPLAINTS_OPEN));
        HEADLINES.put("CYBERSPACE", List.of(CYBERSPACE_ONLINE_SALES_AMOUNT, CYBERSPACE_ONLINE_SALES_RECORDS));
        HEADLINES.put("FINANCE", List.of(FINANCE_COMPLETION_RATE, FINANCE_COMPLETED_AMOUNT,
                FINANCE_UNITS_RESERVING_NOTHING));
        HEADLINES.put("EDUCATION", List.of(EDUCATION_PARTICIPATING_SCHOOLS, EDUCATION_PURCHASE_AMOUNT));
        HEADLINES.put("AGRICULTURE", List.of(AGRICULTURE_MARKET_ENTITIES, AGRICULTURE_QUALITY_WITHDRAWALS));
        HEADLINES.put("COMMERCE", List.of(COMMERCE_OFFLINE_SALES_AMOUNT, COMMERCE_OUTLETS_OPEN,
                COMMERCE_EXHIBITION_DEALS_AMOUNT));
        HEADLINES.put("SASAC", List.of(SASAC_PURCHASE_AMOUNT, SASAC_DONATION_AMOUNT, SASAC_PARTICIPATING_SOES));
        HEADLINES.put("DEVELOPMENT_REFORM", List.of(REFORM_GUANGDONG_SALES_AMOUNT, REFORM_GD_HALL_SALES_AMOUNT));
        HEADLINES.put("SUPPLY_COOPERATIVE", List.of(SUPPLY_PLATFORM_TURNOVER, SUPPLY_PLATFORM_ORDERS,
                SUPPLY_ACTIVE_SUPPLIERS));
        HEADLINES.put("COMMERCE_FEDERATION", List.of(FEDERATION_PURCHASE_AMOUNT,
                FEDERATION_PARTICIPATING_ENTERPRISES));
    }

    final List<DepartmentSummaryCard> departments = new ArrayList<>();
    final Div departmentCards = new Div();

    OverviewView(DashboardServices services) {
        super(services, "dashboard.title.overview", "dashboard.intro.overview");
        kpis(POVERTY_PURCHASE_AMOUNT, POVERTY_SALES_AMOUNT, POVERTY_CERTIFIED_PRODUCTS, POVERTY_POOR_PEOPLE_DRIVEN,
                FINANCE_COMPLETION_RATE, EDUCATION_PARTICIPATING_SCHOOLS);
        map(POVERTY_PURCHASE_AMOUNT);
        trend(getTranslation("dashboard.chart.sales-and-purchases"), POVERTY_PURCHASE_AMOUNT, POVERTY_SALES_AMOUNT);
        share(POVERTY_PURCHASE_AMOUNT, PURCHASER_TYPE);
        ranking(POVERTY_SALES_AMOUNT, CHANNEL, 10);
        ranking(POVERTY_PURCHASE_AMOUNT, CITY, 0);

        var heading = new H2(getTranslation("dashboard.overview.departments"));
        heading.addClassName("dashboard-section-title");
        departmentCards.setId("overview-departments");
        departmentCards.addClassNames("dashboard-cards", "dashboard-cards--departments");
        HEADLINES.forEach((department, headline) -> {
            var card = new DepartmentSummaryCard(context, department, Dashboards.BY_DEPARTMENT.get(department),
                    headline);
            departments.add(card);
            panels.add(card);
            departmentCards.add(card);
        });
        add(heading, departmentCards);
    }

    @Override
    boolean mayOpen() {
        return Dashboards.mayOpenOverview(context.user);
    }
}
