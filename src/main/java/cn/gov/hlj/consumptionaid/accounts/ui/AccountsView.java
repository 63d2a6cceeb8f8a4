package cn.gov.hlj.consumptionaid.accounts.ui;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountFilter;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountRow;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.reference.RegionFilter;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Account administration, the same in both login modes: the accounts the signed-in administrator may manage
 * (delegated administration), searched and paged from the {@link AccountDirectory}; creating, editing, enabling and
 * disabling accounts, resetting passwords, and — with Keycloak — a user's sessions and recent logins.
 */
@Route("admin/accounts")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "accounts.menu.accounts", order = 900, icon = "vaadin:users")
@MenuGroup(MenuGroup.ADMINISTRATION)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<DepartmentRow> departmentFilter = new ComboBox<>();
    final ComboBox<String> roleFilter = new ComboBox<>();
    final Grid<AccountRow> grid = new Grid<>();
    final Button create = new Button();
    final Button edit = new Button();
    final Button toggleEnabled = new Button();
    final Button resetPassword = new Button();
    final Button activity = new Button();

    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final List<DepartmentRow> departments;
    private final List<RegionRow> regions;
    private final Map<String, DepartmentRow> departmentsByCode;
    private final Map<String, RegionRow> regionsByCode;

    AccountsView(AccountDirectory directory, ReferenceService referenceService, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.departments = referenceService.departments();
        this.regions = referenceService.findRegions(RegionFilter.ALL, PageRequest.of(0, 1000));
        this.departmentsByCode = departments.stream().collect(Collectors.toMap(DepartmentRow::code,
                Function.identity()));
        this.regionsByCode = regions.stream().collect(Collectors.toMap(RegionRow::code, Function.identity()));
        setSizeFull();

        search.setId("accounts-search");
        search.setPlaceholder(getTranslation("accounts.admin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        departmentFilter.setId("accounts-filter-department");
        departmentFilter.setPlaceholder(getTranslation("accounts.admin.filter.department"));
        departmentFilter.setItems(departments);
        departmentFilter.setItemLabelGenerator(d -> d.name(getLocale()));
        departmentFilter.setClearButtonVisible(true);
        departmentFilter.addValueChangeListener(e -> refresh());
        roleFilter.setId("accounts-filter-role");
        roleFilter.setPlaceholder(getTranslation("accounts.admin.filter.role"));
        roleFilter.setItems(AppRoles.ROLES);
        roleFilter.setItemLabelGenerator(role -> getTranslation(AppRoles.labelKey(role)));
        roleFilter.setClearButtonVisible(true);
        roleFilter.addValueChangeListener(e -> refresh());

        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountRow::username).setHeader(getTranslation("accounts.column.username"))
                .setAutoWidth(true);
        grid.addColumn(AccountRow::displayName).setHeader(getTranslation("accounts.column.name")).setAutoWidth(true);
        grid.addColumn(row -> departmentName(row.departmentCode()))
                .setHeader(getTranslation("accounts.column.department")).setAutoWidth(true);
        grid.addColumn(row -> regionName(row.regionCode())).setHeader(getTranslation("accounts.column.region"))
                .setAutoWidth(true);
        grid.addColumn(this::roleNames).setHeader(getTranslation("accounts.column.roles"));
        grid.addColumn(this::status).setHeader(getTranslation("accounts.column.status")).setAutoWidth(true);
        grid.setItems(query -> directory.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter()));
        grid.addSelectionListener(e -> updateButtons());

        create.setId("accounts-create");
        create.setText(getTranslation("accounts.admin.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        edit.setId("accounts-edit");
        edit.setText(getTranslation("accounts.admin.edit"));
        edit.addClickListener(e -> selected().ifPresent(this::openForm));
        toggleEnabled.setId("accounts-toggle-enabled");
        toggleEnabled.addClickListener(e -> selected().ifPresent(this::toggleEnabled));
        resetPassword.setId("accounts-reset-password");
        resetPassword.setText(getTranslation("accounts.admin.reset-password"));
        resetPassword.addClickListener(e -> selected().ifPresent(row ->
                new PasswordDialog(directory, row, this::refresh).open()));
        activity.setId("accounts-activity");
        activity.setText(getTranslation("accounts.admin.activity"));
        activity.addClickListener(e -> selected().ifPresent(row -> new ActivityDialog(directory, row).open()));

        add(new ViewToolbar(getTranslation("accounts.admin.title"), search, departmentFilter, roleFilter, create));
        addAndExpand(grid);
        add(new HorizontalLayout(edit, toggleEnabled, resetPassword, activity));
        updateButtons();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.admin.title");
    }

    AccountFilter filter() {
        var department = departmentFilter.getValue();
        return AccountFilter.all()
                .withText(search.getValue().isBlank() ? null : search.getValue())
                .withDepartmentCode(department == null ? null : department.code())
                .withRole(roleFilter.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        updateButtons();
    }

    private java.util.Optional<AccountRow> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var row = selected();
        edit.setEnabled(row.isPresent());
        resetPassword.setEnabled(row.isPresent());
        activity.setEnabled(row.isPresent());
        toggleEnabled.setEnabled(row.isPresent());
        toggleEnabled.setText(getTranslation(row.map(AccountRow::enabled).orElse(true)
                ? "accounts.admin.disable" : "accounts.admin.enable"));
    }

    private void openForm(AccountRow row) {
        var admin = currentUser.require();
        new AccountForm(directory, departments, regions, admin, row, this::refresh).open();
    }

    private void toggleEnabled(AccountRow row) {
        try {
            directory.setEnabled(row.username(), !row.enabled());
        } catch (AccountException e) {
            showError(e);
            return;
        }
        notify(getTranslation(row.enabled() ? "accounts.disabled" : "accounts.enabled", row.username()),
                NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private String departmentName(String code) {
        var department = code == null ? null : departmentsByCode.get(code);
        return department == null ? (code == null ? "—" : code) : department.name(getLocale());
    }

    private String regionName(String code) {
        var region = code == null ? null : regionsByCode.get(code);
        return region == null ? String.valueOf(code) : region.name(getLocale());
    }

    private String roleNames(AccountRow row) {
        return AppRoles.ROLES.stream().filter(row.roles()::contains)
                .map(role -> getTranslation(AppRoles.labelKey(role))).collect(Collectors.joining("、"));
    }

    private String status(AccountRow row) {
        if (!row.enabled()) {
            return getTranslation("accounts.status.disabled");
        }
        if (row.locked()) {
            return getTranslation("accounts.status.locked");
        }
        return getTranslation(row.passwordChangeRequired() ? "accounts.status.password-change"
                : "accounts.status.enabled");
    }

    private void showError(AccountException e) {
        notify(getTranslation(e.getMessageKey(), e.getArguments()), NotificationVariant.LUMO_ERROR);
    }

    static void notify(String text, NotificationVariant variant) {
        var notification = new Notification(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
