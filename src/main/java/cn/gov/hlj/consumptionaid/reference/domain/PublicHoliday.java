package cn.gov.hlj.consumptionaid.reference.domain;

import cn.gov.hlj.consumptionaid.reference.HolidayKind;
import cn.gov.hlj.consumptionaid.reference.HolidayRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the public-holiday calendar; see {@link HolidayRow}. The service checks user input and explains what
 * is wrong; the constructor only guards the invariants.
 */
@Entity
@Table(name = "public_holiday")
@Audited
public class PublicHoliday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private HolidayKind kind;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate date, HolidayKind kind, String nameZh, String nameEn) {
        this.date = Objects.requireNonNull(date, "date");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (kind == HolidayKind.ADJUSTED_WORKDAY && !isWeekend(date)) {
            throw new IllegalArgumentException("An adjusted working day is a Saturday or Sunday: " + date);
        }
        this.nameZh = Strings.required(nameZh, "nameZh");
        this.nameEn = Strings.required(nameEn, "nameEn");
    }

    public static boolean isWeekend(LocalDate date) {
        var day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public LocalDate getDate() {
        return date;
    }

    public HolidayRow toRow() {
        return new HolidayRow(date, kind, nameZh, nameEn);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PublicHoliday other && Objects.equals(date, other.getDate());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(date);
    }
}
