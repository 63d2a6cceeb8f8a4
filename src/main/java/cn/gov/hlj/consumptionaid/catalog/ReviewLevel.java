package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;

/** The reviewer levels of the certification chain, each with the permission that makes a user one. */
public enum ReviewLevel {
    COUNTY(AppRoles.CERTIFY_COUNTY),
    CITY(AppRoles.CERTIFY_CITY),
    PROVINCE(AppRoles.CERTIFY_PROVINCE);

    private final String permission;

    ReviewLevel(String permission) {
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }

    public String labelKey() {
        return "catalog.level." + name();
    }
}
