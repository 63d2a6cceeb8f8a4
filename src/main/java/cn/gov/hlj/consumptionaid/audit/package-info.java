/**
 * Change history of every record: the Hibernate Envers revision entity, which records who made each change and
 * when. May depend on {@code shared} and {@code accounts}.
 */
@ApplicationModule(displayName = "审计 Audit", allowedDependencies = { "shared", "accounts" })
package cn.gov.hlj.consumptionaid.audit;

import org.springframework.modulith.ApplicationModule;
