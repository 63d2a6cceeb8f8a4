package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.BreakdownRow;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese and English names of breakdown members: regions, categories, channels and departments from the reference
 * tables (kept for a few minutes: reference data changes seldom), purchaser and school types from the purchasing
 * messages, purchasers by their stored name, months as {@code yyyy-MM}.
 */
@Component
class Labels {

    record Name(String zh, String en) {
    }

    /** A purchaser as a breakdown shows it: the key becomes its code. */
    record PurchaserName(String code, String name) {
    }

    private static final Duration KEEP = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final PortalI18NProvider i18n;
    private volatile Map<String, Map<String, Name>> reference;
    private volatile long loadedAt;

    Labels(JdbcTemplate jdbc, PortalI18NProvider i18n) {
        this.jdbc = jdbc;
        this.i18n = i18n;
    }

    Name of(Dimension dimension, String key) {
        return switch (dimension) {
            case CITY -> region(key, true);
            case COUNTY -> region(key, false);
            case CATEGORY -> lookup("product_category", key);
            case CHANNEL -> lookup("sales_channel", key);
            case SUPERVISING_DEPARTMENT -> key.isEmpty() ? message("metrics.label.none") : lookup("department", key);
            case SCHOOL_TYPE -> key.isEmpty() ? message("metrics.label.none") : message("purchasing.school-type." + key);
            case PURCHASER_TYPE -> message("purchasing.purchaser-type." + key);
            case MONTH -> new Name(key, key);
            case PURCHASER -> new Name(key, key);
        };
    }

    /** Purchasers by id, for the members of a purchaser breakdown. */
    Map<Long, PurchaserName> purchasers(Collection<Long> ids) {
        var names = new HashMap<Long, PurchaserName>();
        var list = List.copyOf(ids);
        for (int start = 0; start < list.size(); start += 500) {
            var chunk = list.subList(start, Math.min(list.size(), start + 500));
            var marks = String.join(", ", chunk.stream().map(id -> "?").toList());
            jdbc.query("SELECT id, code, name FROM purchaser WHERE id IN (" + marks + ")",
                    rs -> {
                        names.put(rs.getLong("id"), new PurchaserName(rs.getString("code"), rs.getString("name")));
                    }, chunk.toArray());
        }
        return names;
    }

    private Name region(String code, boolean asCity) {
        if (code.endsWith("0000")) {
            return message("metrics.label.province-level");
        }
        var name = lookup("region", code);
        if (!asCity && code.endsWith("00")) {
            return new Name(i18n.getTranslation("metrics.label.own-level", PortalI18NProvider.CHINESE, name.zh()),
                    i18n.getTranslation("metrics.label.own-level", PortalI18NProvider.ENGLISH, name.en()));
        }
        return name;
    }

    private Name message(String key) {
        return new Name(i18n.getTranslation(key, PortalI18NProvider.CHINESE),
                i18n.getTranslation(key, PortalI18NProvider.ENGLISH));
    }

    private Name lookup(String table, String code) {
        var name = reference().getOrDefault(table, Map.of()).get(code);
        return name != null ? name : new Name(code, code);
    }

    private Map<String, Map<String, Name>> reference() {
        var loaded = reference;
        if (loaded == null || System.nanoTime() - loadedAt > KEEP.toNanos()) {
            var fresh = new HashMap<String, Map<String, Name>>();
            for (var table : List.of("region", "product_category", "sales_channel", "department")) {
                var names = new HashMap<String, Name>();
                jdbc.query("SELECT code, name_zh, name_en FROM " + table,
                        rs -> {
                            names.put(rs.getString(1), new Name(rs.getString(2), rs.getString(3)));
                        });
                fresh.put(table, Map.copyOf(names));
            }
            loaded = Map.copyOf(fresh);
            reference = loaded;
            loadedAt = System.nanoTime();
        }
        return loaded;
    }

    /**
     * A breakdown's rows: largest first with equal values sharing a rank (months in calendar order, all rank 1), cut to
     * {@code limit} when it is positive, each member labelled (a purchaser by its code and name, a month as
     * {@code yyyy-MM}). The engine's breakdowns and the figure batch both rank through here.
     */
    List<BreakdownRow> ranked(Dimension dimension, Map<String, BigDecimal> figures, int limit) {
        var entries = new ArrayList<>(figures.entrySet());
        if (dimension == Dimension.MONTH) {
            entries.sort(Map.Entry.comparingByKey(Comparator.comparingInt(Integer::parseInt)));
        } else {
            entries.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
        }
        if (limit > 0 && entries.size() > limit) {
            entries = new ArrayList<>(entries.subList(0, limit));
        }
        var purchaserNames = dimension == Dimension.PURCHASER
                ? purchasers(entries.stream().map(e -> Long.parseLong(e.getKey())).toList())
                : Map.<Long, PurchaserName>of();
        var rows = new ArrayList<BreakdownRow>();
        int rank = 0;
        BigDecimal last = null;
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            if (dimension == Dimension.MONTH) {
                rank = 1;
            } else if (last == null || entry.getValue().compareTo(last) != 0) {
                rank = i + 1;
            }
            last = entry.getValue();
            var key = entry.getKey();
            if (dimension == Dimension.PURCHASER) {
                var purchaser = purchaserNames.get(Long.parseLong(key));
                var code = purchaser == null ? key : purchaser.code();
                var name = purchaser == null ? key : purchaser.name();
                rows.add(new BreakdownRow(code, name, name, entry.getValue(), rank));
            } else if (dimension == Dimension.MONTH) {
                var month = Window.monthLabel(Integer.parseInt(key));
                rows.add(new BreakdownRow(month, month, month, entry.getValue(), rank));
            } else {
                var name = of(dimension, key);
                rows.add(new BreakdownRow(key, name.zh(), name.en(), entry.getValue(), rank));
            }
        }
        return rows;
    }
}
