package cn.gov.hlj.consumptionaid.shell.ui;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.UiLocale;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's frame: title and side navigation on the left, the user menu on top; each view's toolbar carries its
 * own title.
 * The navigation lists the {@code @Menu} views the user may open, grouped by {@link MenuGroup}.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements LocaleChangeObserver {

    final SideNav nav = new SideNav();
    final MenuBar userMenu = new MenuBar();
    final Span appTitle = new Span();

    private final CurrentUser currentUser;
    private final AccountDirectory accountDirectory;
    private final ReferenceService referenceService;
    private final AuthenticationContext authenticationContext;

    MainLayout(CurrentUser currentUser, AccountDirectory accountDirectory, ReferenceService referenceService,
               AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.accountDirectory = accountDirectory;
        this.referenceService = referenceService;
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);

        appTitle.addClassName("app-title");
        var brand = new Div(VaadinIcon.SHOP.create(), appTitle);
        brand.addClassName("app-brand");
        nav.setId("main-nav");
        nav.addClassName("main-nav");
        addToDrawer(brand, new Scroller(nav));

        userMenu.setId("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var spacer = new Div();
        var navbar = new HorizontalLayout(new DrawerToggle(), spacer, userMenu);
        navbar.addClassName("navbar");
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(spacer);
        addToNavbar(navbar);

        translate();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
    }

    private void translate() {
        appTitle.setText(getTranslation("shared.app.title"));
        buildNavigation();
        buildUserMenu();
    }

    private void buildNavigation() {
        nav.removeAll();
        var groups = new LinkedHashMap<String, List<MenuEntry>>();
        MenuGroup.ORDER.forEach(group -> groups.put(group, new ArrayList<>()));
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var group = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(MenuGroup.class);
            if (group == null) {
                nav.addItem(item(entry));
            } else {
                groups.computeIfAbsent(group.value(), g -> new ArrayList<>()).add(entry);
            }
        }
        for (Map.Entry<String, List<MenuEntry>> group : groups.entrySet()) {
            if (!group.getValue().isEmpty()) {
                var parent = new SideNavItem(getTranslation("menu.group." + group.getKey()));
                parent.setId("nav-group-" + group.getKey());
                parent.setExpanded(true);
                group.getValue().forEach(entry -> parent.addItem(item(entry)));
                nav.addItem(parent);
            }
        }
    }

    private SideNavItem item(MenuEntry entry) {
        var label = getTranslation(entry.title());
        var item = entry.icon() == null ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
        item.setId("nav-" + (entry.path().isEmpty() ? "home" : entry.path().replace('/', '-')));
        return item;
    }

    private void buildUserMenu() {
        userMenu.removeAll();
        var user = currentUser.get().orElse(null);
        if (user == null) {
            return;
        }
        var avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        var top = userMenu.addItem(new HorizontalLayout(avatar, new Span(user.displayName())));
        top.setId("user-menu-top");
        var sub = top.getSubMenu();
        sub.addItem(describe(user)).setEnabled(false);
        var language = sub.addItem(getTranslation("shell.user.language"));
        language.setId("user-menu-language");
        language.getSubMenu().addItem("中文", e -> switchLanguage(PortalI18NProvider.CHINESE))
                .setId("user-menu-language-zh");
        language.getSubMenu().addItem("English", e -> switchLanguage(PortalI18NProvider.ENGLISH))
                .setId("user-menu-language-en");
        sub.addItem(getTranslation("shell.user.logout"), e -> authenticationContext.logout())
                .setId("user-menu-logout");
    }

    /** "省财政厅 · 黑龙江省" — the user's department and region in the UI language. */
    private Component describe(AppUser user) {
        var locale = getLocale();
        var parts = new ArrayList<String>();
        if (user.departmentCode() != null) {
            referenceService.departments().stream()
                    .filter(d -> d.code().equals(user.departmentCode()))
                    .findFirst()
                    .ifPresent(d -> parts.add(d.name(locale)));
        }
        referenceService.region(user.regionCode()).ifPresent(r -> parts.add(r.name(locale)));
        var text = new Span(String.join(" · ", parts));
        text.setId("user-menu-scope");
        return text;
    }

    private void switchLanguage(Locale locale) {
        UiLocale.choose(locale);
        accountDirectory.setOwnLocale(locale);
        // The view shown now was built in the old language; a reload builds everything anew.
        UI.getCurrent().getPage().reload();
    }
}
