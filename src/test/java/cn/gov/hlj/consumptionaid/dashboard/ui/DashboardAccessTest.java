package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.EChart;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees which dashboard: a task force its own (menu, address, figures), leaders the overview and all; and the data
 * scope: a prefecture's member sees only the prefecture, in every filter and figure.
 */
class DashboardAccessTest extends DashboardTestBase {

    private static List<String> menuPaths() {
        return LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getPath).filter(Objects::nonNull).toList();
    }

    @Test
    void the_menu_offers_a_task_force_member_only_their_own_dashboard() {
        login("finance");
        assertThat(menuPaths()).contains("dashboard/finance")
                .doesNotContain("dashboard/education", "dashboard/sasac", "dashboard/poverty-office", "overview");
        var group = LocatorJ._find(SideNavItem.class).stream()
                .filter(i -> "nav-group-FINANCE".equals(i.getId().orElse(null))).findFirst().orElseThrow();
        assertThat(group.getItems()).extracting(SideNavItem::getLabel).containsExactly("专班看板");
    }

    @Test
    void the_menu_offers_a_leader_the_overview_and_every_departments_dashboard() {
        login("leader");
        assertThat(menuPaths()).contains("overview", "dashboard/poverty-office", "dashboard/cyberspace",
                "dashboard/finance", "dashboard/education", "dashboard/agriculture", "dashboard/commerce",
                "dashboard/sasac", "dashboard/development-reform", "dashboard/supply-cooperative",
                "dashboard/commerce-federation");
    }

    @Test
    void the_menu_offers_no_dashboard_to_a_user_without_dashboard_rights() {
        login("supervisor");
        assertThat(menuPaths()).noneMatch(p -> p.startsWith("dashboard/") || p.equals("overview"));
    }

    @Test
    void a_task_force_member_who_opens_another_departments_dashboard_is_sent_to_their_own_with_a_message() {
        login("finance");
        UI.getCurrent().navigate(EducationDashboardView.class);

        LocatorJ._assertNone(EducationDashboardView.class);
        assertThat(LocatorJ._get(FinanceDashboardView.class).department).isEqualTo("FINANCE");
        assertThat(currentPath()).isEqualTo("dashboard/finance");
        expectNotifications("您只能查看本部门的专班看板，已为您打开本部门看板。");
    }

    @Test
    void a_task_force_member_cannot_open_the_leadership_overview() {
        login("education");
        assertThatThrownBy(() -> UI.getCurrent().navigate(OverviewView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        LocatorJ._assertNone(OverviewView.class);
    }

    @Test
    void a_user_without_dashboard_rights_cannot_open_a_dashboard_by_its_address() {
        login("supervisor");
        assertThatThrownBy(() -> UI.getCurrent().navigate(FinanceDashboardView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        LocatorJ._assertNone(FinanceDashboardView.class);
    }

    @Test
    void a_member_of_no_department_is_refused_every_department_dashboard() {
        loginAs(new AppUser("nobody", "无部门成员", null, "230000", Set.of(AppRoles.DEPARTMENT_MEMBER), null));
        assertThatThrownBy(() -> UI.getCurrent().navigate(SasacDashboardView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        LocatorJ._assertNone(SasacDashboardView.class);
    }

    @Test
    void a_bulletin_editor_reads_the_overview_and_any_departments_dashboard() {
        var overview = open("bulletin-editor", OverviewView.class);
        assertThat(overview.departments).hasSize(10);
        UI.getCurrent().navigate(SasacDashboardView.class);
        assertThat(LocatorJ._get(SasacDashboardView.class).kpis.tiles).isNotEmpty();
    }

    @Test
    void a_prefectures_member_sees_only_their_prefecture_in_filters_map_and_figures() {
        var harbin = new AppUser("harbin-finance", "哈尔滨市财政局专班", "FINANCE", "230100",
                Set.of(AppRoles.DEPARTMENT_MEMBER), null);
        var view = openAs(harbin, FinanceDashboardView.class);

        assertThat(view.filters.city.getValue().code()).isEqualTo("230100");
        assertThat(view.filters.city.isReadOnly()).isTrue();
        assertThat(view.filters.city.getListDataView().getItems()).extracting(r -> r.code())
                .containsExactly("230100");
        assertThat(view.filters.county.getListDataView().getItems()).isNotEmpty()
                .allMatch(r -> r.code().startsWith("2301"));

        var filter = view.filter();
        assertThat(filter.regionCode()).isEqualTo("230100");
        for (var tile : view.kpis.tiles) {
            assertThat(tile.value()).isEqualTo(indicators.value(tile.indicator, filter));
        }
        // The map starts at the prefecture's counties and offers no way up to the province.
        assertThat(view.map.prefecture()).isEqualTo("230100");
        assertThat(view.map.up.isVisible()).isFalse();
        assertThat(view.map.rows).extracting(ChartRow::key).allMatch(k -> k.startsWith("2301"));
        assertThat(view.map.rows).extracting(ChartRow::key).containsExactlyElementsOf(indicators.breakdown(
                Indicator.FINANCE_COMPLETION_RATE, Dimension.COUNTY, filter, 0).stream().map(r -> r.key()).toList());
        click(view.map.chart, "地区", "齐齐哈尔市");
        assertThat(view.map.prefecture()).as("another prefecture cannot be drilled into").isEqualTo("230100");
    }

    @Test
    void a_counties_member_sees_their_county_only() {
        var yanshou = new AppUser("yanshou-education", "延寿县教育局专班", "EDUCATION", "230129",
                Set.of(AppRoles.DEPARTMENT_MEMBER), null);
        var view = openAs(yanshou, EducationDashboardView.class);
        assertThat(view.filters.county.getValue().code()).isEqualTo("230129");
        assertThat(view.filters.county.isReadOnly()).isTrue();
        assertThat(view.filter().regionCode()).isEqualTo("230129");
        assertThat(view.map.prefecture()).isEqualTo("230100");
        assertThat(view.map.rows).extracting(ChartRow::key).allMatch("230129"::equals);
    }

    static void click(EChart chart, String series, String name) {
        ComponentUtil.fireEvent(chart, new EChart.ChartClickEvent(chart, true, name, series, null, null));
    }
}
