package cn.gov.hlj.consumptionaid.bulletin.ui;

import cn.gov.hlj.consumptionaid.bulletin.BulletinService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The bulletin archive (通报归档): leaders see the published bulletins of their region and download them as PDF, Word
 * or Excel; editors see every version. Each download is recorded.
 */
@Route("bulletins")
@RolesAllowed({AppRoles.LEADER, AppRoles.BULLETIN_EDITOR})
@Menu(title = "bulletin.menu.archive", order = 700, icon = "vaadin:newspaper")
@MenuGroup(MenuGroup.BULLETINS)
class BulletinArchiveView extends VerticalLayout implements HasDynamicTitle {

    final BulletinGrid grid;
    final DownloadButtons downloads;

    BulletinArchiveView(BulletinService bulletins) {
        setSizeFull();
        grid = new BulletinGrid(bulletins);
        grid.setId("bulletin-archive");
        downloads = new DownloadButtons(bulletins, () -> grid.getSelectedItems().stream().findFirst());
        grid.addSelectionListener(event -> downloads.update());
        add(new ViewToolbar(getTranslation("bulletin.archive.title"), downloads));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bulletin.archive.title");
    }
}
