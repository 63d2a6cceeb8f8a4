package cn.gov.hlj.consumptionaid.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The bar at the top of every view: its title on the left, then filters and actions grouped on the right.
 */
public final class ViewToolbar extends Composite<Header> {

    private final H1 title;
    private final HorizontalLayout actions = new HorizontalLayout();

    public ViewToolbar(String title, Component... components) {
        this.title = new H1(title);
        this.title.addClassName("view-toolbar-title");
        actions.addClassName("view-toolbar-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        actions.add(components);
        var header = getContent();
        header.addClassName("view-toolbar");
        header.add(this.title, actions);
    }

    public String getTitle() {
        return title.getText();
    }

    /** Adds filters or actions to the right-hand side. */
    public ViewToolbar add(Component... components) {
        actions.add(components);
        return this;
    }

    /** Groups components that belong together, such as a search field and its button. */
    public static Component group(Component... components) {
        var group = new HorizontalLayout(components);
        group.setSpacing(true);
        group.setAlignItems(FlexComponent.Alignment.BASELINE);
        return group;
    }
}
