package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.util.Objects;

/** What to generate: a type of bulletin for a period and a region (the province or one prefecture). */
public record BulletinRequest(BulletinType type, Period period, String scopeRegionCode) {

    public BulletinRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        if (period.kind() == Period.Kind.CUSTOM) {
            throw new BulletinException("bulletin.error.custom-period");
        }
        if (scopeRegionCode == null || !scopeRegionCode.matches("23\\d{2}00")) {
            throw new BulletinException("bulletin.error.scope");
        }
    }

    /** The monthly progress bulletin. */
    public static BulletinRequest monthly(int year, int month, String scopeRegionCode) {
        return monthly(BulletinType.PROGRESS, year, month, scopeRegionCode);
    }

    public static BulletinRequest monthly(BulletinType type, int year, int month, String scopeRegionCode) {
        return new BulletinRequest(type, Period.month(year, month), scopeRegionCode);
    }
}
