/**
 * Purchasers, reserved shares (预留份额) and purchases. May depend on {@code shared}, {@code reference},
 * {@code accounts} and {@code catalog}. (Filled by the purchasing and sales data issue.)
 */
@ApplicationModule(displayName = "采购 Purchasing", allowedDependencies = { "shared", "reference", "accounts", "catalog" })
package cn.gov.hlj.consumptionaid.purchasing;

import org.springframework.modulith.ApplicationModule;
