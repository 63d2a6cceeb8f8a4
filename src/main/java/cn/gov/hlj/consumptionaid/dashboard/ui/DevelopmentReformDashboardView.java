package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.IndicatorSourceRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static cn.gov.hlj.consumptionaid.metrics.Dimension.*;
import static cn.gov.hlj.consumptionaid.metrics.Indicator.*;
/**
 * 省发展改革委: east–west cooperation with Guangdong — sales into Guangdong by channel, month, origin and category,
 * the Heilongjiang hall of the Guangdong market, and the counters, zones and halls open in Guangdong (listed).
 */
@Route("dashboard/development-reform")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR, AppRoles.DEPARTMENT_MEMBER})
@Menu(title = "dashboard.menu.department", order = 10, icon = "vaadin:dashboard")
@MenuGroup("DEVELOPMENT_REFORM")
class DevelopmentReformDashboardView extends DepartmentDashboardView {

    final SourceListCard platforms;

    DevelopmentReformDashboardView(DashboardServices services) {
        super(services, "DEVELOPMENT_REFORM");
        kpis(REFORM_GUANGDONG_SALES_AMOUNT, REFORM_GD_HALL_SALES_AMOUNT, REFORM_PLATFORMS_BUILT);
        map(REFORM_GUANGDONG_SALES_AMOUNT);
        trend(getTranslation("dashboard.chart.guangdong"), REFORM_GUANGDONG_SALES_AMOUNT, REFORM_GD_HALL_SALES_AMOUNT);
        share(REFORM_GUANGDONG_SALES_AMOUNT, CHANNEL);
        ranking(REFORM_GUANGDONG_SALES_AMOUNT, CITY, 0);
        share(REFORM_GUANGDONG_SALES_AMOUNT, CATEGORY);
        platforms = list(REFORM_PLATFORMS_BUILT, "card-platforms-built", "dashboard.list.platforms.title", export -> {
            export.addColumn(IndicatorSourceRow::item).setHeader(getTranslation("dashboard.list.column.name"))
                    .setFlexGrow(3);
            export.addColumn(r -> context.channelName(r.channelCode(), getLocale()))
                    .setHeader(getTranslation("dashboard.list.column.type")).setFlexGrow(1);
            export.addColumn(IndicatorSourceRow::subject).setHeader(getTranslation("dashboard.list.column.operator"))
                    .setFlexGrow(2);
            export.addColumn(r -> context.regionName(r.regionCode(), getLocale()))
                    .setHeader(getTranslation("dashboard.list.column.region")).setFlexGrow(1);
            export.addColumn(IndicatorSourceRow::date).setHeader(getTranslation("dashboard.list.column.opened"))
                    .setWidth("8em").setFlexGrow(0);
        });
        ranking(REFORM_GD_HALL_SALES_AMOUNT, CATEGORY, 10);
    }
}
