/**
 * Shared kernel (open module): value objects, internationalisation and the UI kit (chart element, KPI card, view
 * toolbar, Excel export of grids). It depends on no other module; every module may use it.
 */
@ApplicationModule(displayName = "共享内核 Shared kernel", type = ApplicationModule.Type.OPEN)
package cn.gov.hlj.consumptionaid.shared;

import org.springframework.modulith.ApplicationModule;
