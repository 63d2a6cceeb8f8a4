/**
 * Market entities, products, the certification workflow, public notices, the catalog, complaints and the blacklist.
 * May depend on {@code shared}, {@code reference} and {@code accounts}. (Filled by the certification issue.)
 */
@ApplicationModule(displayName = "产品认定 Catalog", allowedDependencies = { "shared", "reference", "accounts" })
package cn.gov.hlj.consumptionaid.catalog;

import org.springframework.modulith.ApplicationModule;
