package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.catalog.ProductTrade;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Tells the catalog which of its products the channels reported sold since a day. */
@Component
class SaleTrade implements ProductTrade {

    private final NamedParameterJdbcTemplate jdbc;

    SaleTrade(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> tradedSince(LocalDate since, Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT product_id FROM sale WHERE sale_date >= :since"
                        + " AND product_id IN (:ids)", Map.of("since", Date.valueOf(since), "ids", productIds),
                Long.class));
    }
}
