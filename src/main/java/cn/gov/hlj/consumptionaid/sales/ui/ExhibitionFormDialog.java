package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.reference.ChannelRow;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import cn.gov.hlj.consumptionaid.sales.ExhibitionForm;
import cn.gov.hlj.consumptionaid.sales.ExhibitionRow;
import cn.gov.hlj.consumptionaid.sales.SalesException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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

/** Records an exhibition, or edits one: which fair, the edition's name, dates, place, organizer and region. */
class ExhibitionFormDialog extends Dialog {

    final Select<ChannelRow> channel = new Select<>();
    final TextField name = new TextField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final TextField place = new TextField();
    final TextField organizer = new TextField();
    final ComboBox<RegionRow> region = new ComboBox<>();
    final TextArea remarks = new TextArea();
    final Button save = new Button();

    ExhibitionFormDialog(List<ChannelRow> exhibitionChannels, List<RegionRow> regions, ExhibitionRow existing,
                         Function<ExhibitionForm, ExhibitionRow> action, Consumer<ExhibitionRow> done) {
        setId("exhibition-form");
        setHeaderTitle(getTranslation(existing == null ? "sales.exhibition.form.new" : "sales.exhibition.form.edit"));
        channel.setId("exhibition-channel");
        channel.setLabel(getTranslation("sales.exhibition.channel"));
        channel.setItems(exhibitionChannels);
        channel.setItemLabelGenerator(c -> c.name(getLocale()));
        name.setId("exhibition-name");
        name.setLabel(getTranslation("sales.exhibition.name"));
        startsOn.setId("exhibition-starts-on");
        startsOn.setLabel(getTranslation("sales.exhibition.starts-on"));
        endsOn.setId("exhibition-ends-on");
        endsOn.setLabel(getTranslation("sales.exhibition.ends-on"));
        place.setId("exhibition-place");
        place.setLabel(getTranslation("sales.exhibition.place"));
        organizer.setId("exhibition-organizer");
        organizer.setLabel(getTranslation("sales.exhibition.organizer"));
        region.setId("exhibition-region");
        region.setLabel(getTranslation("sales.exhibition.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(getLocale()) + " " + r.code());
        remarks.setId("exhibition-remarks");
        remarks.setLabel(getTranslation("sales.exhibition.remarks"));
        remarks.setMaxLength(500);
        if (existing != null) {
            exhibitionChannels.stream().filter(c -> c.code().equals(existing.channelCode())).findFirst()
                    .ifPresent(channel::setValue);
            name.setValue(existing.name());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
            place.setValue(existing.place());
            organizer.setValue(existing.organizer());
            regions.stream().filter(r -> r.code().equals(existing.regionCode())).findFirst()
                    .ifPresent(region::setValue);
            remarks.setValue(existing.remarks() == null ? "" : existing.remarks());
        } else if (!regions.isEmpty()) {
            region.setValue(regions.getFirst());
        }
        save.setId("exhibition-save");
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
        var form = new FormLayout(channel, name, startsOn, endsOn, place, organizer, region, remarks);
        form.setColspan(remarks, 2);
        add(form);
        getFooter().add(new Button(getTranslation("sales.form.cancel"), e -> close()), save);
    }

    ExhibitionForm form() {
        return new ExhibitionForm(channel.getValue() == null ? null : channel.getValue().code(), name.getValue(),
                startsOn.getValue(), endsOn.getValue(), place.getValue(), organizer.getValue(),
                region.getValue() == null ? null : region.getValue().code(), remarks.getValue());
    }
}
