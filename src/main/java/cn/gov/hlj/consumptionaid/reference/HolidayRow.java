package cn.gov.hlj.consumptionaid.reference;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One day of the public-holiday calendar: a holiday or an adjusted working day (调休上班), with the name of the
 * festival it belongs to (春节, 国庆节 …). Days not in the calendar follow the ordinary Monday–Friday week.
 * <p>
 * Fields may be missing in a row that comes from a form; {@link ReferenceService#addHoliday} rejects such a row
 * with a clear message.
 */
public record HolidayRow(LocalDate date, HolidayKind kind, String nameZh, String nameEn) {

    /** The festival's name in the user's language: English for English locales, Chinese otherwise. */
    public String name(Locale locale) {
        return Names.pick(locale, nameZh, nameEn);
    }
}
