package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * What the modules that record trade (purchases, sales) tell the catalog about its products: which of them were sold
 * since a day. The catalog needs it for the withdrawal reason 一年内无销售 but may not depend on those modules, so they
 * implement this interface and the catalog asks all implementations.
 */
public interface ProductTrade {

    /** The products among {@code productIds} with at least one counted sale or purchase on or after {@code since}. */
    Set<Long> tradedSince(LocalDate since, Collection<Long> productIds);
}
