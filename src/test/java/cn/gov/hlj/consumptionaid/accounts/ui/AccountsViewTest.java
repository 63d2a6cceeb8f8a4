package cn.gov.hlj.consumptionaid.accounts.ui;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountFilter;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountRow;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account administration in the embedded mode; the Keycloak mode uses the same view (KeycloakSsoTest). */
class AccountsViewTest extends KaribuTest {

    @Autowired
    AccountDirectory directory;

    private AccountsView open(String username) {
        login(username);
        UI.getCurrent().navigate("admin/accounts");
        var view = LocatorJ._get(AccountsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
        return view;
    }

    private static List<AccountRow> shown(AccountsView view) {
        int size = GridKt._size(view.grid);
        return size == 0 ? List.of() : GridKt._fetch(view.grid, 0, size);
    }

    private static AccountForm fillNewAccount(AccountsView view, String username, String password) {
        LocatorJ._click(view.create);
        var form = LocatorJ._get(AccountForm.class);
        form.username.setValue(username);
        form.displayName.setValue("张晓明");
        form.email.setValue("zhang.xm@example.cn");
        form.phone.setValue("0451-86600000");
        form.department.setValue(department(form, "EDUCATION"));
        form.region.setValue(region(form, "230100"));
        form.roles.setValue(Set.of(AppRoles.DEPARTMENT_MEMBER));
        form.password.setValue(password);
        return form;
    }

    private static DepartmentRow department(AccountForm form, String code) {
        return form.department.getListDataView().getItems().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static RegionRow region(AccountForm form, String code) {
        return form.region.getListDataView().getItems().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void an_administrator_creates_an_account_which_then_appears_in_the_list() {
        var view = open("admin");
        var form = fillNewAccount(view, "zhang-xm", "Harbin#2026");
        LocatorJ._click(form.save);

        expectNotifications("账号“zhang-xm”已创建，用户首次登录时须修改临时密码。");
        assertThat(form.isOpened()).isFalse();
        var created = directory.find("zhang-xm").orElseThrow();
        assertThat(created.displayName()).isEqualTo("张晓明");
        assertThat(created.departmentCode()).isEqualTo("EDUCATION");
        assertThat(created.regionCode()).isEqualTo("230100");
        assertThat(created.roles()).containsExactly(AppRoles.DEPARTMENT_MEMBER);
        assertThat(created.passwordChangeRequired()).isTrue();
        view.search.setValue("zhang");
        assertThat(shown(view)).extracting(AccountRow::username).containsExactly("zhang-xm");
    }

    @Test
    void a_weak_password_shows_its_message_and_writes_nothing() {
        var view = open("admin");
        var form = fillNewAccount(view, "weak-password", "harbin2026");
        LocatorJ._click(form.save);

        expectNotifications("密码须包含小写字母、大写字母、数字、特殊字符中的至少三类。");
        assertThat(form.isOpened()).isTrue();
        assertThat(directory.find("weak-password")).isEmpty();
        assertThat(directory.count(AccountFilter.all().withText("weak-password"))).isZero();
    }

    @Test
    void a_finance_administrator_sees_only_finance_accounts_and_not_the_education_account() {
        var view = open("finance-admin");

        assertThat(shown(view)).extracting(AccountRow::username).contains("finance", "finance-admin")
                .doesNotContain("education", "admin", "leader");
        assertThat(shown(view)).extracting(AccountRow::departmentCode).containsOnly("FINANCE");
        view.search.setValue("education");
        assertThat(shown(view)).isEmpty();
    }

    @Test
    void a_finance_administrator_is_offered_only_the_roles_they_hold_and_their_own_department() {
        var view = open("finance-admin");
        LocatorJ._click(view.create);
        var form = LocatorJ._get(AccountForm.class);

        assertThat(form.roles.getListDataView().getItems().toList())
                .containsExactly(AppRoles.DEPARTMENT_MEMBER, AppRoles.ADMIN);
        assertThat(form.department.getValue().code()).isEqualTo("FINANCE");
        assertThat(form.region.getValue().code()).isEqualTo("230000");
    }

    @Test
    void disabling_an_account_from_the_list_disables_it() {
        var view = open("admin");
        view.search.setValue("commerce-federation");
        view.grid.select(shown(view).getFirst());
        assertThat(view.toggleEnabled.getText()).isEqualTo("停用");
        LocatorJ._click(view.toggleEnabled);

        expectNotifications("账号“commerce-federation”已停用，其已打开的会话已结束。");
        assertThat(directory.find("commerce-federation").orElseThrow().enabled()).isFalse();
        directory.setEnabled("commerce-federation", true);
    }

    @Test
    void the_embedded_mode_says_plainly_that_it_keeps_no_sessions_or_login_events() {
        var view = open("admin");
        view.search.setValue("leader");
        view.grid.select(shown(view).getFirst());
        LocatorJ._click(view.activity);

        var text = LocatorJ._get(Paragraph.class, spec -> spec.withId("account-activity-unavailable"));
        assertThat(text.getText()).startsWith("嵌入式登录模式不记录登录会话和登录事件");
    }

    @Test
    void an_administrator_moves_an_account_to_another_department_and_region_with_another_role() {
        login("admin");
        directory.create(new AccountDirectory.NewAccount("move-me", new AccountDirectory.AccountDetails("李明", null,
                null), "FINANCE", "230000", Set.of(AppRoles.DEPARTMENT_MEMBER), "Harbin#2026"));
        var view = open("admin");
        view.search.setValue("move-me");
        view.grid.select(shown(view).getFirst());
        LocatorJ._click(view.edit);
        var form = LocatorJ._get(AccountForm.class);
        assertThat(form.username.isReadOnly()).isTrue();
        form.displayName.setValue("李明（教育厅）");
        form.department.setValue(department(form, "EDUCATION"));
        form.region.setValue(region(form, "230129"));
        form.roles.setValue(Set.of(AppRoles.COUNTY_REVIEWER));
        LocatorJ._click(form.save);

        expectNotifications("账号“move-me”已保存。");
        var moved = directory.find("move-me").orElseThrow();
        assertThat(moved.displayName()).isEqualTo("李明（教育厅）");
        assertThat(moved.departmentCode()).isEqualTo("EDUCATION");
        assertThat(moved.regionCode()).isEqualTo("230129");
        assertThat(moved.roles()).containsExactly(AppRoles.COUNTY_REVIEWER);
    }

    @Test
    void an_edit_that_breaks_one_rule_changes_nothing_at_all() {
        var view = open("finance-admin");
        view.search.setValue("finance");
        view.grid.select(shown(view).stream().filter(r -> r.username().equals("finance")).findFirst().orElseThrow());
        LocatorJ._click(view.edit);
        var form = LocatorJ._get(AccountForm.class);
        form.displayName.setValue("改了名字");
        form.department.setValue(department(form, "EDUCATION"));
        LocatorJ._click(form.save);

        expectNotifications("不能把账号分配到您管理范围以外的部门或地区。");
        var unchanged = directory.find("finance").orElseThrow();
        assertThat(unchanged.displayName()).isEqualTo("省财政厅专班");
        assertThat(unchanged.departmentCode()).isEqualTo("FINANCE");
    }

    @Test
    void resetting_a_password_to_a_weak_one_is_refused_and_a_strong_one_must_be_changed_at_the_next_login() {
        var view = open("admin");
        view.search.setValue("sasac");
        view.grid.select(shown(view).getFirst());
        LocatorJ._click(view.resetPassword);
        var dialog = LocatorJ._get(PasswordDialog.class);
        dialog.password.setValue("sasac2026#");
        LocatorJ._click(dialog.save);
        expectNotifications("密码不能包含用户名。");
        assertThat(directory.find("sasac").orElseThrow().passwordChangeRequired()).isFalse();

        dialog.password.setValue("Guoziwei#2026");
        LocatorJ._click(dialog.save);
        expectNotifications("已为“sasac”设置临时密码，用户下次登录时须修改。");
        assertThat(directory.find("sasac").orElseThrow().passwordChangeRequired()).isTrue();
    }

    @Test
    void a_task_force_member_who_opens_the_account_page_by_its_address_is_refused() {
        login("finance");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/accounts"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AccountsView.class);
    }

    @Test
    void a_list_page_comes_from_the_directory_page_by_page() {
        login("admin");
        var firstTwo = directory.list(AccountFilter.all(), PageRequest.of(0, 2));
        var nextTwo = directory.list(AccountFilter.all(), PageRequest.of(1, 2));
        assertThat(firstTwo).hasSize(2);
        assertThat(nextTwo).hasSize(2).doesNotContainAnyElementsOf(firstTwo);
    }
}
