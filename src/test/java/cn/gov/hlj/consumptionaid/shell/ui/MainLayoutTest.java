package cn.gov.hlj.consumptionaid.shell.ui;

import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainLayoutTest extends KaribuTest {

    @Autowired
    UserAccountRepository accounts;

    private static List<String> navPaths(MainLayout layout) {
        var paths = new ArrayList<String>();
        for (var item : layout.nav.getItems()) {
            collect(item, paths);
        }
        return paths;
    }

    private static void collect(SideNavItem item, List<String> paths) {
        if (item.getPath() != null) {
            paths.add(item.getPath());
        }
        item.getItems().forEach(child -> collect(child, paths));
    }

    @Test
    void the_layout_is_titled_in_chinese_and_names_the_user_and_their_department() {
        login("finance");
        var layout = LocatorJ._get(MainLayout.class);
        assertThat(layout.appTitle.getText()).isEqualTo("黑龙江省消费扶贫行动管理平台");
        assertThat(LocatorJ._get(HomeView.class).getPageTitle()).isEqualTo("全省贫困县分布");
        var top = layout.userMenu.getItems().getFirst();
        var scope = top.getSubMenu().getItems().getFirst().getChildren().findFirst().orElseThrow();
        assertThat(scope.getElement().getText()).isEqualTo("省财政厅 · 黑龙江省");
    }

    @Test
    void a_leader_sees_the_home_page_but_no_administration() {
        login("leader");
        var paths = navPaths(LocatorJ._get(MainLayout.class));
        assertThat(paths).contains("");
        assertThat(paths).doesNotContain("admin/regions", "admin/holidays");
    }

    @Test
    void an_administrator_sees_the_administration_group_with_regions_and_holidays() {
        login("admin");
        var layout = LocatorJ._get(MainLayout.class);
        assertThat(navPaths(layout)).contains("", "admin/regions", "admin/holidays");
        var group = layout.nav.getItems().stream()
                .filter(i -> "nav-group-ADMINISTRATION".equals(i.getId().orElse(null))).findFirst().orElseThrow();
        assertThat(group.getLabel()).isEqualTo("系统管理");
    }

    @Test
    void the_bulletin_editor_is_in_the_menu_of_sasacs_task_force_which_edits_its_soe_bulletin() {
        login("sasac");
        assertThat(navPaths(LocatorJ._get(MainLayout.class))).contains("bulletins/editor");
    }

    @Test
    void the_bulletin_editor_is_not_in_the_menu_of_a_task_force_that_edits_no_bulletin() {
        login("finance");
        assertThat(navPaths(LocatorJ._get(MainLayout.class))).doesNotContain("bulletins/editor")
                .contains("dashboard/finance");
    }

    @Test
    void a_leader_who_opens_an_administration_page_by_its_address_is_refused() {
        login("leader");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/regions"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void switching_to_english_translates_the_shell_and_is_remembered_for_the_user() {
        login("sasac");
        _clickItemWithID(LocatorJ._get(MainLayout.class).userMenu, "user-menu-language-en");

        // The switch reloads the page: a new UI, built in English from the start.
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        var english = LocatorJ._get(MainLayout.class);
        assertThat(english.appTitle.getText()).isEqualTo("Heilongjiang Consumption Aid Portal");
        assertThat(LocatorJ._get(HomeView.class).getPageTitle()).isEqualTo("Poverty counties of the province");
        assertThat(LocatorJ._get(HomeView.class).selection.getText())
                .isEqualTo("All 28 poverty counties of the province");
        assertThat(accounts.findByUsername("sasac").orElseThrow().getPreferredLocale()).isEqualTo(Locale.ENGLISH);

        _clickItemWithID(english.userMenu, "user-menu-language-zh");
        assertThat(LocatorJ._get(MainLayout.class).appTitle.getText()).isEqualTo("黑龙江省消费扶贫行动管理平台");
        assertThat(accounts.findByUsername("sasac").orElseThrow().getPreferredLocale())
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
