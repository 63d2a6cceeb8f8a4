package cn.gov.hlj.consumptionaid.accounts.ui;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountRow;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.NewAccount;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Creating an account (with a temporary password), or editing one: details, department, region, the unit the user
 * works for (所在单位, a purchaser code) and roles.
 */
class AccountForm extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final ComboBox<DepartmentRow> department = new ComboBox<>();
    final ComboBox<RegionRow> region = new ComboBox<>();
    final TextField unit = new TextField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final AccountDirectory directory;
    private final AccountRow editing;
    private final Runnable saved;

    AccountForm(AccountDirectory directory, List<DepartmentRow> departments, List<RegionRow> regions, AppUser admin,
                AccountRow editing, Runnable saved) {
        this.directory = directory;
        this.editing = editing;
        this.saved = saved;
        setId("account-form");
        setHeaderTitle(editing == null ? getTranslation("accounts.form.create.title")
                : getTranslation("accounts.form.edit.title", editing.username()));

        username.setId("account-username");
        username.setLabel(getTranslation("accounts.form.username"));
        displayName.setId("account-name");
        displayName.setLabel(getTranslation("accounts.form.name"));
        email.setId("account-email");
        email.setLabel(getTranslation("accounts.form.email"));
        phone.setId("account-phone");
        phone.setLabel(getTranslation("accounts.form.phone"));
        department.setId("account-department");
        department.setLabel(getTranslation("accounts.form.department"));
        department.setPlaceholder(getTranslation("accounts.form.department.none"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);
        region.setId("account-region");
        region.setLabel(getTranslation("accounts.form.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.code() + " " + r.name(getLocale()));
        unit.setId("account-unit");
        unit.setLabel(getTranslation("accounts.form.unit"));
        unit.setHelperText(getTranslation("accounts.form.unit.helper"));
        unit.setClearButtonVisible(true);
        unit.setMaxLength(40);
        roles.setId("account-roles");
        roles.setLabel(getTranslation("accounts.form.roles"));
        // Only the roles this administrator may grant are offered (the directory checks it again).
        var grantable = directory.grantableRoles();
        var offered = new LinkedHashSet<>(grantable);
        if (editing != null) {
            offered.addAll(editing.roles());
        }
        roles.setItems(AppRoles.ROLES.stream().filter(offered::contains).toList());
        roles.setItemLabelGenerator(role -> getTranslation(AppRoles.labelKey(role)));
        roles.setItemEnabledProvider(grantable::contains);
        password.setId("account-password");
        password.setLabel(getTranslation("accounts.form.password"));
        password.setHelperText(getTranslation("accounts.form.password.helper"));

        var form = new FormLayout(username, displayName, email, phone, department, region, unit, roles);
        form.setColspan(roles, 2);
        if (editing == null) {
            form.add(password);
            // A department's administrator creates accounts of their own department and region.
            departments.stream().filter(d -> d.code().equals(admin.departmentCode())).findFirst()
                    .ifPresent(department::setValue);
            regions.stream().filter(r -> r.code().equals(admin.regionCode())).findFirst().ifPresent(region::setValue);
        } else {
            username.setValue(editing.username());
            username.setReadOnly(true);
            displayName.setValue(editing.displayName());
            email.setValue(editing.email() == null ? "" : editing.email());
            phone.setValue(editing.phone() == null ? "" : editing.phone());
            departments.stream().filter(d -> d.code().equals(editing.departmentCode())).findFirst()
                    .ifPresent(department::setValue);
            regions.stream().filter(r -> r.code().equals(editing.regionCode())).findFirst()
                    .ifPresent(region::setValue);
            unit.setValue(editing.unitCode() == null ? "" : editing.unitCode());
            roles.setValue(editing.roles());
        }
        add(form);

        save.setId("account-save");
        save.setText(getTranslation("accounts.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("account-cancel");
        cancel.setText(getTranslation("accounts.form.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        var details = new AccountDetails(displayName.getValue(), email.getValue(), phone.getValue());
        var departmentCode = department.getValue() == null ? null : department.getValue().code();
        var regionCode = region.getValue() == null ? null : region.getValue().code();
        try {
            if (editing == null) {
                var created = directory.create(new NewAccount(username.getValue(), details, departmentCode,
                        regionCode, roles.getValue(), password.getValue(), unit.getValue()));
                AccountsView.notify(getTranslation("accounts.created", created), NotificationVariant.LUMO_SUCCESS);
            } else {
                directory.edit(editing.username(), details, departmentCode, regionCode, unit.getValue(),
                        roles.getValue());
                AccountsView.notify(getTranslation("accounts.saved", editing.username()),
                        NotificationVariant.LUMO_SUCCESS);
            }
        } catch (AccountException e) {
            AccountsView.notify(getTranslation(e.getMessageKey(), e.getArguments()), NotificationVariant.LUMO_ERROR);
            return;
        }
        close();
        saved.run();
    }
}
