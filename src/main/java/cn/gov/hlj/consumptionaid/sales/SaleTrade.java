package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.catalog.ProductTrade;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Tells the catalog which of its products the channels reported sold since a day. */
@Component
class SaleTrade implements ProductTrade {

    private final JdbcTemplate jdbc;

    SaleTrade(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> tradedSince(LocalDate since, Collection<Long> productIds) {
        var traded = new HashSet<Long>();
        if (productIds.isEmpty()) {
            return traded;
        }
        var arguments = new ArrayList<Object>(productIds.size() + 1);
        arguments.add(Date.valueOf(since));
        arguments.addAll(productIds);
        jdbc.query("SELECT DISTINCT product_id FROM sale WHERE sale_date >= ? AND product_id IN ("
                + String.join(",", Collections.nCopies(productIds.size(), "?")) + ")",
                rs -> {
                    traded.add(rs.getLong(1));
                }, arguments.toArray());
        return traded;
    }
}
