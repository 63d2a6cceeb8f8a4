package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The filter of one member of a breakdown (a city, a category, a month …), so that clicking a bar or a slice lists the
 * source rows behind exactly that figure. Some members cannot be expressed as a filter — "省本级"/"市本级" (the
 * province's or a city's own level is not a region subtree), a purchaser, an empty key ("未填") — and give nothing.
 */
final class Narrowing {

    private Narrowing() {
    }

    static Optional<IndicatorFilter> to(IndicatorFilter filter, Dimension dimension, String key, DataScope scope) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return switch (dimension) {
            case CITY, COUNTY -> ownLevel(dimension, key) || !scope.coversRegion(key)
                    ? Optional.empty() : Optional.of(filter.withRegion(key));
            case CATEGORY -> Optional.of(filter.withCategory(key));
            case CHANNEL -> Optional.of(filter.withChannel(key));
            case SUPERVISING_DEPARTMENT -> Optional.of(filter.withSupervisingDepartment(key));
            case SCHOOL_TYPE -> Optional.of(filter.withSchoolType(key));
            case PURCHASER_TYPE -> Optional.of(filter.withPurchaserType(key));
            case MONTH -> month(filter.period(), key).map(filter::withPeriod);
            case PURCHASER -> Optional.empty();
        };
    }

    /** The part of a period that lies in one month: the whole month when the period covers it. */
    static Optional<Period> month(Period period, String key) {
        YearMonth month;
        try {
            month = YearMonth.parse(key);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        var from = month.atDay(1).isBefore(period.from()) ? period.from() : month.atDay(1);
        var to = month.atEndOfMonth().isAfter(period.to()) ? period.to() : month.atEndOfMonth();
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth())
                ? Period.month(month)
                : from.equals(month.atDay(1)) ? new Period(Period.Kind.MONTH, from, to) : Period.custom(from, to));
    }

    /** 省本级 in a city breakdown (230000), 市本级 in a county breakdown (a city's own code). */
    private static boolean ownLevel(Dimension dimension, String key) {
        return key.equals(DataScope.PROVINCE) || (dimension == Dimension.COUNTY && key.endsWith("00"));
    }
}
