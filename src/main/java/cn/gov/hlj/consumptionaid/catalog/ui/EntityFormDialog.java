package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityForm;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityRow;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityType;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Registers a market entity of the reviewer's county, or edits one (the credit code stays as registered). */
class EntityFormDialog extends Dialog {

    final TextField creditCode = new TextField();
    final TextField name = new TextField();
    final Select<MarketEntityType> type = new Select<>();
    final ComboBox<RegionRow> county = new ComboBox<>();
    final TextField legalRepresentative = new TextField();
    final TextField contact = new TextField();
    final Checkbox helpsByWages = new Checkbox();
    final Checkbox helpsByAssets = new Checkbox();
    final Checkbox helpsByBusinessIncome = new Checkbox();
    final Checkbox leadingEnterprise = new Checkbox();
    final Checkbox hundredEnterprises = new Checkbox();
    final Button save = new Button();

    EntityFormDialog(List<RegionRow> counties, MarketEntityRow existing,
                     Function<MarketEntityForm, MarketEntityRow> action, Consumer<MarketEntityRow> done) {
        setId("entity-form");
        setHeaderTitle(getTranslation(existing == null ? "catalog.entity.form.new" : "catalog.entity.form.edit"));
        field(creditCode, "entity-credit-code", "catalog.entity.credit-code");
        creditCode.setMaxLength(18);
        field(name, "entity-name", "catalog.entity.name");
        type.setId("entity-type");
        type.setLabel(getTranslation("catalog.entity.type"));
        type.setItems(MarketEntityType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        county.setId("entity-county");
        county.setLabel(getTranslation("catalog.entity.county"));
        county.setItems(counties);
        county.setItemLabelGenerator(r -> r.name(getLocale()));
        if (counties.size() == 1) {
            county.setValue(counties.getFirst());
        }
        field(legalRepresentative, "entity-legal-representative", "catalog.entity.legal-representative");
        field(contact, "entity-contact", "catalog.entity.contact");
        check(helpsByWages, "entity-helps-by-wages", "catalog.entity.helps-by-wages");
        check(helpsByAssets, "entity-helps-by-assets", "catalog.entity.helps-by-assets");
        check(helpsByBusinessIncome, "entity-helps-by-business-income", "catalog.entity.helps-by-business-income");
        check(leadingEnterprise, "entity-leading-enterprise", "catalog.entity.leading-enterprise");
        check(hundredEnterprises, "entity-hundred-enterprises", "catalog.entity.hundred-enterprises");
        if (existing != null) {
            creditCode.setValue(existing.creditCode());
            creditCode.setReadOnly(true);
            name.setValue(existing.name());
            type.setValue(existing.type());
            counties.stream().filter(r -> r.code().equals(existing.countyCode())).findFirst()
                    .ifPresent(county::setValue);
            legalRepresentative.setValue(existing.legalRepresentative());
            contact.setValue(existing.contact());
            helpsByWages.setValue(existing.helpsByWages());
            helpsByAssets.setValue(existing.helpsByAssets());
            helpsByBusinessIncome.setValue(existing.helpsByBusinessIncome());
            leadingEnterprise.setValue(existing.leadingEnterprise());
            hundredEnterprises.setValue(existing.hundredEnterprisesParticipant());
        } else {
            type.setValue(MarketEntityType.FARMERS_COOPERATIVE);
        }
        save.setId("entity-save");
        save.setText(getTranslation("catalog.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var row = action.apply(form());
                close();
                Notifications.success(getTranslation("catalog.action.done"));
                done.accept(row);
            } catch (CatalogException ex) {
                Notifications.error(ex.message(this::getTranslation));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("catalog.error.not-allowed"));
            }
        });
        add(new FormLayout(creditCode, name, type, county, legalRepresentative, contact, helpsByWages,
                helpsByAssets, helpsByBusinessIncome, leadingEnterprise, hundredEnterprises));
        getFooter().add(new Button(getTranslation("catalog.form.cancel"), e -> close()), save);
    }

    MarketEntityForm form() {
        return new MarketEntityForm(creditCode.getValue(), name.getValue(), type.getValue(),
                county.getValue() == null ? null : county.getValue().code(), legalRepresentative.getValue(),
                contact.getValue(), helpsByWages.getValue(), helpsByAssets.getValue(),
                helpsByBusinessIncome.getValue(), leadingEnterprise.getValue(), hundredEnterprises.getValue());
    }

    private void field(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }

    private void check(Checkbox box, String id, String key) {
        box.setId(id);
        box.setLabel(getTranslation(key));
    }
}
