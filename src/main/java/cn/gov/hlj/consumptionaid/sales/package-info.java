/**
 * Sales by channel, offline outlets and exhibitions. May depend on {@code shared}, {@code reference},
 * {@code accounts} and {@code catalog}. (Filled by the purchasing and sales data issue.)
 */
@ApplicationModule(displayName = "销售 Sales", allowedDependencies = { "shared", "reference", "accounts", "catalog" })
package cn.gov.hlj.consumptionaid.sales;

import org.springframework.modulith.ApplicationModule;
