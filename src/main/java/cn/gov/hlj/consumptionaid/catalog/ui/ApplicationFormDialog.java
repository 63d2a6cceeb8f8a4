package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.ApplicationDetail;
import cn.gov.hlj.consumptionaid.catalog.ApplicationForm;
import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityService;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.security.access.AccessDeniedException;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The application form, entered by the county reviewer from the applicant's materials: for a new application of a
 * market entity, or to correct a returned one. Nothing is written unless the service accepts the whole form.
 */
class ApplicationFormDialog extends Dialog {

    final TextField producer = new TextField();
    final TextField productName = new TextField();
    final ComboBox<CategoryRow> category = new ComboBox<>();
    final TextField specification = new TextField();
    final BigDecimalField price = new BigDecimalField();
    final BigDecimalField referencePrice = new BigDecimalField();
    final TextArea qualityEvidence = new TextArea();
    final IntegerField poorPeopleDriven = new IntegerField();
    final TextArea povertyLink = new TextArea();
    final BigDecimalField commodityValue = new BigDecimalField();
    final Checkbox commitment = new Checkbox();
    final Button save = new Button();

    private final long entityId;

    ApplicationFormDialog(MarketEntityService entities, ReferenceService reference, long entityId,
                          ApplicationForm initial, Function<ApplicationForm, ApplicationDetail> action,
                          Consumer<ApplicationDetail> done) {
        this.entityId = entityId;
        setId("application-form");
        setHeaderTitle(getTranslation("catalog.application.form.title"));
        producer.setLabel(getTranslation("catalog.application.producer"));
        producer.setValue(entities.find(entityId).name());
        producer.setReadOnly(true);
        label(productName, "application-product-name", "catalog.application.product-name");
        category.setId("application-category");
        category.setLabel(getTranslation("catalog.application.category"));
        category.setItems(reference.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        label(specification, "application-specification", "catalog.application.specification");
        price.setId("application-price");
        price.setLabel(getTranslation("catalog.application.price"));
        referencePrice.setId("application-reference-price");
        referencePrice.setLabel(getTranslation("catalog.application.reference-price"));
        qualityEvidence.setId("application-quality-evidence");
        qualityEvidence.setLabel(getTranslation("catalog.application.quality-evidence"));
        poorPeopleDriven.setId("application-poor-people-driven");
        poorPeopleDriven.setLabel(getTranslation("catalog.application.poor-people-driven"));
        povertyLink.setId("application-poverty-link");
        povertyLink.setLabel(getTranslation("catalog.application.poverty-link"));
        commodityValue.setId("application-commodity-value");
        commodityValue.setLabel(getTranslation("catalog.application.commodity-value"));
        commitment.setId("application-commitment");
        commitment.setLabel(getTranslation("catalog.application.commitment"));

        if (initial != null) {
            productName.setValue(initial.productName());
            reference.categories().stream().filter(c -> c.code().equals(initial.categoryCode())).findFirst()
                    .ifPresent(category::setValue);
            specification.setValue(initial.specification());
            price.setValue(initial.price());
            referencePrice.setValue(initial.referencePrice());
            qualityEvidence.setValue(initial.qualityEvidence());
            poorPeopleDriven.setValue(initial.poorPeopleDriven());
            povertyLink.setValue(initial.povertyLink());
            commodityValue.setValue(initial.commodityValue());
        }

        save.setId("application-save");
        save.setText(getTranslation("catalog.application.form.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var detail = action.apply(form());
                close();
                Notifications.success(getTranslation("catalog.action.done"));
                done.accept(detail);
            } catch (CatalogException ex) {
                Notifications.error(ex.message(this::getTranslation));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("catalog.error.not-allowed"));
            }
        });
        var cancel = new Button(getTranslation("catalog.form.cancel"), e -> close());
        add(new FormLayout(producer, productName, category, specification, price, referencePrice, qualityEvidence,
                poorPeopleDriven, povertyLink, commodityValue, commitment));
        getFooter().add(cancel, save);
    }

    ApplicationForm form() {
        return new ApplicationForm(entityId, productName.getValue(),
                category.getValue() == null ? null : category.getValue().code(), specification.getValue(),
                price.getValue(), referencePrice.getValue(), qualityEvidence.getValue(), poorPeopleDriven.getValue(),
                povertyLink.getValue(), commodityValue.getValue(), commitment.getValue());
    }

    private void label(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }
}
