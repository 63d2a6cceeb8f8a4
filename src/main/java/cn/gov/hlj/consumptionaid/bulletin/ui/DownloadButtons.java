package cn.gov.hlj.consumptionaid.bulletin.ui;

import cn.gov.hlj.consumptionaid.bulletin.BulletinFile;
import cn.gov.hlj.consumptionaid.bulletin.BulletinFormat;
import cn.gov.hlj.consumptionaid.bulletin.BulletinRow;
import cn.gov.hlj.consumptionaid.bulletin.BulletinService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Download links for the selected bulletin, one per format; each download goes through the service (recorded). */
class DownloadButtons extends HorizontalLayout {

    final Map<BulletinFormat, Anchor> links = new EnumMap<>(BulletinFormat.class);

    private final BulletinService bulletins;
    private final Supplier<Optional<BulletinRow>> selected;

    DownloadButtons(BulletinService bulletins, Supplier<Optional<BulletinRow>> selected) {
        this.bulletins = bulletins;
        this.selected = selected;
        for (var format : BulletinFormat.values()) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                var file = download(format);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        format.mimeType(), file.content().length);
            }), "");
            link.add(new Button(getTranslation("bulletin.download." + format.name()), VaadinIcon.DOWNLOAD_ALT.create()));
            link.setId("bulletin-download-" + format.extension());
            link.setEnabled(false);
            links.put(format, link);
            add(link);
        }
    }

    /** The selected bulletin's document (what the link sends); the service records the download. */
    BulletinFile download(BulletinFormat format) {
        var row = selected.get().orElseThrow(() -> new IllegalStateException("No bulletin selected"));
        return bulletins.download(row.id(), format);
    }

    void update() {
        links.values().forEach(link -> link.setEnabled(selected.get().isPresent()));
    }
}
