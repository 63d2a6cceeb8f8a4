package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.sales.CatalogProduct;
import cn.gov.hlj.consumptionaid.sales.OutletForm;
import cn.gov.hlj.consumptionaid.sales.OutletKind;
import cn.gov.hlj.consumptionaid.sales.OutletRow;
import cn.gov.hlj.consumptionaid.sales.OutletService;
import cn.gov.hlj.consumptionaid.sales.OutletStatus;
import cn.gov.hlj.consumptionaid.sales.SalesException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Records an outlet, or edits one: kind, name, place, region, operator, dates, status and the products on sale. */
class OutletFormDialog extends Dialog {

    final Select<OutletKind> kind = new Select<>();
    final TextField name = new TextField();
    final TextField address = new TextField();
    final ComboBox<RegionRow> region = new ComboBox<>();
    final TextField operator = new TextField();
    final DatePicker openedOn = new DatePicker();
    final DatePicker closedOn = new DatePicker();
    final Select<OutletStatus> status = new Select<>();
    final MultiSelectComboBox<CatalogProduct> products = new MultiSelectComboBox<>();
    final TextArea remarks = new TextArea();
    final Button save = new Button();

    OutletFormDialog(OutletService service, List<RegionRow> regions, OutletRow existing,
                     Function<OutletForm, OutletRow> action, Consumer<OutletRow> done) {
        setId("outlet-form");
        setWidth("48em");
        setHeaderTitle(getTranslation(existing == null ? "sales.outlet.form.new" : "sales.outlet.form.edit"));
        kind.setId("outlet-kind");
        kind.setLabel(getTranslation("sales.outlet.kind"));
        kind.setItems(OutletKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        field(name, "outlet-name", "sales.outlet.name");
        field(address, "outlet-address", "sales.outlet.address");
        region.setId("outlet-region");
        region.setLabel(getTranslation("sales.outlet.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(getLocale()) + " " + r.code());
        field(operator, "outlet-operator", "sales.outlet.operator");
        openedOn.setId("outlet-opened-on");
        openedOn.setLabel(getTranslation("sales.outlet.opened-on"));
        closedOn.setId("outlet-closed-on");
        closedOn.setLabel(getTranslation("sales.outlet.closed-on"));
        closedOn.setClearButtonVisible(true);
        status.setId("outlet-status");
        status.setLabel(getTranslation("sales.outlet.status"));
        status.setItems(OutletStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        products.setId("outlet-products");
        products.setLabel(getTranslation("sales.outlet.products"));
        products.setItemLabelGenerator(p -> p.catalogNumber() + " " + p.productName() + "（" + p.producerName() + "）");
        products.setItems(query -> service.searchProducts(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        remarks.setId("outlet-remarks");
        remarks.setLabel(getTranslation("sales.outlet.remarks"));
        remarks.setMaxLength(500);

        if (existing != null) {
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            address.setValue(existing.address());
            regions.stream().filter(r -> r.code().equals(existing.regionCode())).findFirst()
                    .ifPresent(region::setValue);
            operator.setValue(existing.operatorName());
            openedOn.setValue(existing.openedOn());
            closedOn.setValue(existing.closedOn());
            status.setValue(existing.status());
            products.setValue(service.products(existing.productIds()));
            remarks.setValue(existing.remarks() == null ? "" : existing.remarks());
        } else {
            kind.setValue(OutletKind.COUNTER);
            status.setValue(OutletStatus.OPEN);
            if (regions.size() == 1) {
                region.setValue(regions.getFirst());
            }
        }
        save.setId("outlet-save");
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
        var form = new FormLayout(kind, name, address, region, operator, status, openedOn, closedOn, products,
                remarks);
        form.setColspan(products, 2);
        form.setColspan(remarks, 2);
        add(form);
        getFooter().add(new Button(getTranslation("sales.form.cancel"), e -> close()), save);
    }

    OutletForm form() {
        return new OutletForm(kind.getValue(), name.getValue(), address.getValue(),
                region.getValue() == null ? null : region.getValue().code(), operator.getValue(), openedOn.getValue(),
                closedOn.getValue(), status.getValue(),
                products.getValue().stream().map(CatalogProduct::id).collect(Collectors.toSet()), remarks.getValue());
    }

    private void field(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }
}
