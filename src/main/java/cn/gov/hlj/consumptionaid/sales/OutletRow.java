package cn.gov.hlj.consumptionaid.sales;

import java.time.LocalDate;
import java.util.Set;

/** An outlet as lists and forms show it; {@code version} is what an edit must still find. */
public record OutletRow(long id, long version, OutletKind kind, String name, String address, String regionCode,
                        String operatorName, LocalDate openedOn, LocalDate closedOn, OutletStatus status,
                        Set<Long> productIds, String remarks) {

    public OutletRow {
        productIds = Set.copyOf(productIds);
    }

    public OutletForm toForm() {
        return new OutletForm(kind, name, address, regionCode, operatorName, openedOn, closedOn, status, productIds,
                remarks);
    }
}
