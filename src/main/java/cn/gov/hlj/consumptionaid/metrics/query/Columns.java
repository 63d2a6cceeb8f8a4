package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.metrics.Dimension;

/**
 * Where a table (rollup or raw, with its alias) keeps each dimension; null where it has none.
 *
 * @param cityIsColumn whether {@code city} is a stored column (compared with =) rather than an expression (the region
 *                     is then matched by code prefix)
 */
record Columns(String region, String city, boolean cityIsColumn, String category, String channel, String department,
               String school, String purchaserType, String month, String purchaser) {

    static String city(String regionColumn) {
        return "CASE WHEN SUBSTRING(" + regionColumn + ", 3, 4) = '0000' THEN " + regionColumn
                + " ELSE CONCAT(SUBSTRING(" + regionColumn + ", 1, 4), '00') END";
    }

    static String monthOf(String dateColumn) {
        return "YEAR(" + dateColumn + ") * 100 + MONTH(" + dateColumn + ")";
    }

    /** A purchase rollup (month or day) under alias r. */
    static Columns purchaseRollup(String month) {
        return new Columns("r.region_code", "r.city_code", true, "r.category_code", "r.channel_code",
                "r.supervising_department_code", "r.school_type", "r.purchaser_type", month, null);
    }

    /** The per-purchaser tables under alias r. */
    static final Columns PURCHASER_ROLLUP = new Columns("r.region_code", "r.city_code", true, null, null,
            "r.supervising_department_code", "r.school_type", "r.purchaser_type", "r.period_key", "r.purchaser_id");

    /** Raw purchases p joined to their purchaser u. */
    static final Columns RAW_PURCHASE = new Columns("u.region_code", city("u.region_code"), false, "p.category_code",
            "p.channel_code", "u.supervising_department_code", "u.school_type", "u.purchaser_type",
            monthOf("p.order_date"), "p.purchaser_id");

    /** Raw purchasers u. */
    static final Columns PURCHASER = new Columns("u.region_code", city("u.region_code"), false, null, null,
            "u.supervising_department_code", "u.school_type", "u.purchaser_type", null, "u.id");

    /** The catalog rollups under alias r (products by county and category; entities by county). */
    static Columns productRollup(String month) {
        return new Columns("r.region_code", "r.city_code", true, "r.category_code", null, null, null, null, month,
                null);
    }

    /** The registry rollup of purchaser counts under alias r. */
    static final Columns PURCHASER_COUNT = new Columns("r.region_code", "r.city_code", true, null, null,
            "r.supervising_department_code", "r.school_type", "r.purchaser_type", null, null);

    /** The registry rollup of reserved shares under alias r. */
    static final Columns SHARE_TOTAL = new Columns("r.region_code", "r.city_code", true, null, null,
            "r.supervising_department_code", null, null, null, null);

    /** The budget units' completion rows under alias c (attributes as at the last registry refresh). */
    static final Columns UNIT_COMPLETION = new Columns("c.region_code", "c.city_code", true, null, null,
            "c.supervising_department_code", null, null, null, "c.purchaser_id");

    /** A sale rollup under alias r. */
    static Columns saleRollup(String month) {
        return new Columns("r.region_code", "r.city_code", true, "r.category_code", "r.channel_code", null, null, null,
                month, null);
    }

    /** Raw sales s. */
    static final Columns RAW_SALE = new Columns("s.region_code", city("s.region_code"), false, "s.category_code",
            "s.channel_code", null, null, null, monthOf("s.sale_date"), null);

    /** The supplier rollup under alias r (region = the supplier's county). */
    static final Columns SUPPLIER_ROLLUP = new Columns("r.region_code", "r.city_code", true, null, "r.channel_code",
            null, null, null, "r.period_key", null);

    /** Raw purchases p joined to their supplier m (region = the supplier's county). */
    static final Columns RAW_SUPPLIER = new Columns("m.county_code", city("m.county_code"), false, null,
            "p.channel_code", null, null, null, monthOf("p.order_date"), null);

    /** A catalog table by its county column and the date that puts a row into a month. */
    static Columns catalog(String alias, String dateColumn) {
        var county = alias + ".county_code";
        return new Columns(county, city(county), false, alias + ".category_code", null, null, null, null,
                dateColumn == null ? null : monthOf(dateColumn), null);
    }

    /** Catalog rows without a category (complaints, market entities). */
    static Columns catalogWithoutCategory(String alias, String dateColumn) {
        var county = alias + ".county_code";
        return new Columns(county, city(county), false, null, null, null, null, null,
                dateColumn == null ? null : monthOf(dateColumn), null);
    }

    /** An outlet o: its channel is the channel of its kind (专柜, 专区, 专馆). */
    static final Columns OUTLET = new Columns("o.region_code", city("o.region_code"), false, null,
            "CASE o.kind WHEN 'COUNTER' THEN 'CONSUMPTION_AID_COUNTER' WHEN 'ZONE' THEN 'CONSUMPTION_AID_ZONE'"
                    + " ELSE 'CONSUMPTION_AID_HALL' END", null, null, null, null, null);

    /** A deal d signed at exhibition x: the exhibition's region and channel, the month it was signed. */
    static final Columns DEAL = new Columns("x.region_code", city("x.region_code"), false, null, "x.channel_code",
            null, null, null, monthOf("d.signed_on"), null);

    /** The expression a breakdown groups by; {@code ''} for a total. */
    String of(Dimension dimension) {
        if (dimension == null) {
            return "''";
        }
        var column = switch (dimension) {
            case CITY -> city;
            case COUNTY -> region;
            case CATEGORY -> category;
            case CHANNEL -> channel;
            case SUPERVISING_DEPARTMENT -> department;
            case SCHOOL_TYPE -> school;
            case PURCHASER_TYPE -> purchaserType;
            case MONTH -> month;
            case PURCHASER -> purchaser;
        };
        if (column == null) {
            throw new IllegalArgumentException("No " + dimension + " in this table");
        }
        return column;
    }

    /** Appends the cuts this table can take. */
    void cut(Sql sql, Cuts cuts) {
        cuts.region(sql, region, cityIsColumn ? city : null);
        if (category != null) {
            sql.eq(category, cuts.category());
        }
        if (channel != null) {
            sql.eq(channel, cuts.channel());
        }
        if (department != null) {
            sql.eq(department, cuts.department());
        }
        if (school != null) {
            sql.eq(school, cuts.schoolType());
        }
        if (purchaserType != null) {
            sql.eq(purchaserType, cuts.purchaserType());
        }
    }
}
