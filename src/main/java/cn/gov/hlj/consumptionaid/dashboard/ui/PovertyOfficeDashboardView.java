package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.IndicatorSourceRow;
import cn.gov.hlj.consumptionaid.metrics.IndicatorUnit;
import cn.gov.hlj.consumptionaid.metrics.IndicatorValue;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省扶贫办 (lead): the catalog of certified products by county and category, entries expiring, complaints and the
 * blacklist, sales by channel, purchases by purchaser type, the poor people the products drive, and the budget units
 * that completed their reserved share (示范单位 candidates), listed by purchase amount.
 */
@Route("dashboard/poverty-office")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("POVERTY_OFFICE")
class PovertyOfficeDashboardView extends DepartmentDashboardView {

    final SourceListCard modelUnits;

    PovertyOfficeDashboardView(DashboardServices services) {
        super(services, "POVERTY_OFFICE");
        kpis(POVERTY_CERTIFIED_PRODUCTS, POVERTY_NEWLY_CERTIFIED, POVERTY_CATALOG_EXPIRING, POVERTY_POOR_PEOPLE_DRIVEN,
                POVERTY_SALES_AMOUNT, POVERTY_PURCHASE_AMOUNT, POVERTY_COMPLAINTS_OPEN, POVERTY_BLACKLISTED_ENTITIES,
                POVERTY_MODEL_UNIT_CANDIDATES);
        map(POVERTY_CERTIFIED_PRODUCTS);
        share(POVERTY_CERTIFIED_PRODUCTS, CATEGORY);
        trend(getTranslation("dashboard.chart.sales-and-purchases"), POVERTY_SALES_AMOUNT, POVERTY_PURCHASE_AMOUNT);
        ranking(POVERTY_SALES_AMOUNT, CHANNEL, 10);
        share(POVERTY_PURCHASE_AMOUNT, PURCHASER_TYPE);
        ranking(POVERTY_POOR_PEOPLE_DRIVEN, CITY, 0);
        ranking(POVERTY_CATALOG_EXPIRING, COUNTY, 10);
        trend(getTranslation("dashboard.chart.complaints"), POVERTY_COMPLAINTS_RECEIVED, POVERTY_COMPLAINTS_HANDLED);
        ranking(POVERTY_BLACKLISTED_ENTITIES, CITY, 0);
        ranking(POVERTY_MODEL_UNIT_CANDIDATES, CITY, 0);
        modelUnits = list(POVERTY_MODEL_UNIT_CANDIDATES, "card-model-units", "dashboard.list.model-units.title",
                export -> {
                    export.addColumn(IndicatorSourceRow::reference)
                            .setHeader(getTranslation("dashboard.list.column.code")).setWidth("10em").setFlexGrow(0);
                    export.addColumn(IndicatorSourceRow::subject)
                            .setHeader(getTranslation("dashboard.list.column.name")).setFlexGrow(3);
                    export.addColumn(r -> context.regionName(r.regionCode(), getLocale()))
                            .setHeader(getTranslation("dashboard.list.column.region")).setFlexGrow(1);
                    export.addColumn(r -> IndicatorValue.shown(r.amount(), IndicatorUnit.YUAN))
                            .setHeader(getTranslation("dashboard.list.column.amount"))
                            .setTextAlign(ColumnTextAlign.END);
                });
    }
}
