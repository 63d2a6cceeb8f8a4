package cn.gov.hlj.consumptionaid.accounts.ui;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountRow;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;

/** Sets a temporary password that the user must change at the next login. */
class PasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button save = new Button();

    PasswordDialog(AccountDirectory directory, AccountRow row, Runnable done) {
        setId("account-password-dialog");
        setHeaderTitle(getTranslation("accounts.password.reset.title", row.username()));
        password.setId("account-new-password");
        password.setLabel(getTranslation("accounts.form.password"));
        password.setHelperText(getTranslation("accounts.form.password.helper"));
        password.setWidthFull();
        add(password);
        save.setId("account-password-save");
        save.setText(getTranslation("accounts.admin.reset-password"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                directory.resetPassword(row.username(), password.getValue());
            } catch (AccountException ex) {
                AccountsView.notify(getTranslation(ex.getMessageKey(), ex.getArguments()),
                        NotificationVariant.LUMO_ERROR);
                return;
            }
            AccountsView.notify(getTranslation("accounts.password.reset.done", row.username()),
                    NotificationVariant.LUMO_SUCCESS);
            close();
            done.run();
        });
        var cancel = new Button(getTranslation("accounts.form.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
