package cn.gov.hlj.consumptionaid.shared.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Places a {@code @Menu} view under a group of the side navigation. Groups are the departments' task forces plus a
 * few cross-cutting areas; the navigation shows them in {@link #ORDER} and titles each by the i18n key
 * {@code menu.group.<group>}. A view without this annotation appears at the top level.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuGroup {

    String OVERVIEW = "OVERVIEW";
    String DATA = "DATA";
    String CERTIFICATION = "CERTIFICATION";
    String SUPERVISION = "SUPERVISION";
    String BULLETINS = "BULLETINS";
    String ADMINISTRATION = "ADMINISTRATION";

    /** Group order: overview, the ten departments (DESIGN.md §1), then the cross-cutting areas (data first). */
    List<String> ORDER = List.of(OVERVIEW, "POVERTY_OFFICE", "CYBERSPACE", "FINANCE", "EDUCATION", "AGRICULTURE",
            "COMMERCE", "SASAC", "DEVELOPMENT_REFORM", "SUPPLY_COOPERATIVE", "COMMERCE_FEDERATION", DATA, CERTIFICATION,
            SUPERVISION, BULLETINS, ADMINISTRATION);

    /** A group of {@link #ORDER}: a department code or one of the constants above. */
    String value();
}
