package cn.gov.hlj.consumptionaid.sales;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user enters for an outlet. {@code productIds} are catalog entries (certification application ids) on sale
 * there; {@code closedOn} is set once the outlet has closed for good.
 */
public record OutletForm(OutletKind kind, String name, String address, String regionCode, String operatorName,
                         LocalDate openedOn, LocalDate closedOn, OutletStatus status, Set<Long> productIds,
                         String remarks) {

    public OutletForm {
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
    }
}
