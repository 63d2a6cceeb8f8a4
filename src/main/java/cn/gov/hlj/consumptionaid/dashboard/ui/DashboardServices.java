package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.metrics.IndicatorService;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * What every dashboard needs, in one constructor argument: the indicators (the only source of figures), the reference
 * data for names and regions, the signed-in user and the clock. Not a service: it holds no logic and no security of
 * its own; each call is secured by the service it goes to.
 */
@Component
class DashboardServices {

    final IndicatorService indicators;
    final ReferenceService reference;
    final CurrentUser currentUser;
    final Clock clock;

    DashboardServices(IndicatorService indicators, ReferenceService reference, CurrentUser currentUser, Clock clock) {
        this.indicators = indicators;
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
    }
}
