/**
 * The portal shell: main layout with the side navigation built from {@code @Menu}, the user menu, and the home page
 * (the Heilongjiang map of poverty counties). May depend on {@code shared}, {@code accounts} and {@code reference}.
 */
@ApplicationModule(displayName = "门户外壳 Shell", allowedDependencies = { "shared", "accounts", "reference" })
package cn.gov.hlj.consumptionaid.shell;

import org.springframework.modulith.ApplicationModule;
