package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.catalog.ProductTrade;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Tells the catalog which of its products were bought (counted orders: accepted and paid) since a day. */
@Component
class PurchaseTrade implements ProductTrade {

    private final NamedParameterJdbcTemplate jdbc;

    PurchaseTrade(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> tradedSince(LocalDate since, Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT product_id FROM purchase WHERE status = :status"
                        + " AND order_date >= :since AND product_id IN (:ids)",
                Map.of("status", PurchaseStatus.COMPLETED.name(), "since", Date.valueOf(since), "ids", productIds),
                Long.class));
    }
}
