package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.sales.DealForm;
import cn.gov.hlj.consumptionaid.sales.DealRow;
import cn.gov.hlj.consumptionaid.sales.SalesException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Records a deal signed at an exhibition, or edits one. A registered supplier is named by its credit code (its name
 * then comes from the registry); any other supplier by name.
 */
class DealFormDialog extends Dialog {

    final TextField project = new TextField();
    final TextField supplierCreditCode = new TextField();
    final TextField supplierName = new TextField();
    final TextField buyer = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final DatePicker signedOn = new DatePicker();
    final Button save = new Button();

    DealFormDialog(DealRow existing, Function<DealForm, DealRow> action, Consumer<DealRow> done) {
        setId("deal-form");
        setHeaderTitle(getTranslation(existing == null ? "sales.deal.form.new" : "sales.deal.form.edit"));
        field(project, "deal-project", "sales.deal.project");
        field(supplierCreditCode, "deal-supplier-credit-code", "sales.deal.supplier-credit-code");
        supplierCreditCode.setMaxLength(18);
        supplierCreditCode.setHelperText(getTranslation("sales.deal.supplier-credit-code.help"));
        field(supplierName, "deal-supplier", "sales.deal.supplier");
        field(buyer, "deal-buyer", "sales.deal.buyer");
        amount.setId("deal-amount");
        amount.setLabel(getTranslation("sales.deal.amount"));
        signedOn.setId("deal-signed-on");
        signedOn.setLabel(getTranslation("sales.deal.signed-on"));
        if (existing != null) {
            project.setValue(existing.projectName());
            supplierCreditCode.setValue(existing.supplierCreditCode() == null ? "" : existing.supplierCreditCode());
            supplierName.setValue(existing.supplierName());
            buyer.setValue(existing.buyerName());
            amount.setValue(existing.amount());
            signedOn.setValue(existing.signedOn());
        }
        save.setId("deal-save");
        save.setText(getTranslation("sales.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var row = action.apply(form());
                close();
                Notifications.success(getTranslation("sales.form.saved"));
                done.accept(row);
            } catch (SalesException ex) {
                Notifications.error(ex.message(this::getTranslation));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("sales.error.not-allowed"));
            }
        });
        add(new FormLayout(project, supplierCreditCode, supplierName, buyer, amount, signedOn));
        getFooter().add(new Button(getTranslation("sales.form.cancel"), e -> close()), save);
    }

    DealForm form() {
        return new DealForm(project.getValue(), supplierCreditCode.getValue(), supplierName.getValue(),
                buyer.getValue(), amount.getValue(), signedOn.getValue());
    }

    private void field(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }
}
