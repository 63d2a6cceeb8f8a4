package cn.gov.hlj.consumptionaid.reference;

import java.time.LocalDate;

/** Published after a day was added to or removed from the public-holiday calendar (committed). */
public record HolidayCalendarChanged(LocalDate date, HolidayKind kind, boolean removed) {
}
