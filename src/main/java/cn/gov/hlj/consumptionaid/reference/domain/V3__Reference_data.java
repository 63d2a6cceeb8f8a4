package cn.gov.hlj.consumptionaid.reference.domain;

import cn.gov.hlj.consumptionaid.reference.ChannelKind;
import cn.gov.hlj.consumptionaid.reference.DepartmentKind;
import cn.gov.hlj.consumptionaid.reference.HolidayKind;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Loads the reference data from the CSV files under {@code refdata/} on the classpath (see {@code refdata/SOURCES.md}
 * for where each file comes from) into the tables of {@code V2__reference_schema.sql}, by batched JDBC inserts.
 * <p>
 * A Spring bean, so that Spring Boot's Flyway auto-configuration hands it to Flyway (Boot 4.0 passes every
 * {@code JavaMigration} bean to {@code FluentConfiguration.javaMigrations}); it is not in {@code db/migration} and is
 * therefore not found twice by Flyway's own class scanning.
 * <p>
 * Its checksum is a CRC32 over the bytes of the five files (carriage returns skipped, so a checkout with Windows line
 * endings gives the same value): changing an applied file makes {@code flyway validate} fail. Later changes to the
 * reference data, such as a new year's holidays, go into new migrations or through {@code ReferenceService}.
 */
@Component
public class V3__Reference_data extends BaseJavaMigration {

    static final String REGIONS = "refdata/regions.csv";
    static final String DEPARTMENTS = "refdata/departments.csv";
    static final String CATEGORIES = "refdata/categories.csv";
    static final String CHANNELS = "refdata/channels.csv";
    static final String HOLIDAYS = "refdata/cn-public-holidays.csv";
    static final List<String> FILES = List.of(REGIONS, DEPARTMENTS, CATEGORIES, CHANNELS, HOLIDAYS);

    private static final int BATCH_SIZE = 500;
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    @Override
    public Integer getChecksum() {
        var crc = new CRC32();
        var buffer = new byte[8192];
        for (var file : FILES) {
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] != '\r') {
                            crc.update(buffer[i]);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        load(connection, REGIONS, """
                INSERT INTO region (code, parent_code, region_level, name_zh, name_en, national_poverty_county,
                                    provincial_poverty_county, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""", (row, insert) -> {
            insert.setString(1, text(row, "code"));
            var parent = row.get("parent_code");
            insert.setString(2, parent.isEmpty() ? null : parent);
            insert.setString(3, constant(row, "level", RegionLevel.class));
            insert.setString(4, text(row, "name_zh"));
            insert.setString(5, text(row, "name_en"));
            insert.setBoolean(6, bool(row, "is_national_poverty_county"));
            insert.setBoolean(7, bool(row, "is_provincial_poverty_county"));
        });
        load(connection, DEPARTMENTS, """
                INSERT INTO department (code, name_zh, name_en, kind, sort_order, version)
                VALUES (?, ?, ?, ?, ?, 0)""", (row, insert) -> {
            insert.setString(1, text(row, "code"));
            insert.setString(2, text(row, "name_zh"));
            insert.setString(3, text(row, "name_en"));
            insert.setString(4, constant(row, "kind", DepartmentKind.class));
            insert.setInt(5, Integer.parseInt(text(row, "sort_order")));
        });
        load(connection, CATEGORIES, """
                INSERT INTO product_category (code, name_zh, name_en, sort_order, version)
                VALUES (?, ?, ?, ?, 0)""", (row, insert) -> {
            insert.setString(1, text(row, "code"));
            insert.setString(2, text(row, "name_zh"));
            insert.setString(3, text(row, "name_en"));
            insert.setInt(4, (int) row.getRecordNumber() * 10);
        });
        load(connection, CHANNELS, """
                INSERT INTO sales_channel (code, name_zh, name_en, kind, sort_order, version)
                VALUES (?, ?, ?, ?, ?, 0)""", (row, insert) -> {
            insert.setString(1, text(row, "code"));
            insert.setString(2, text(row, "name_zh"));
            insert.setString(3, text(row, "name_en"));
            insert.setString(4, constant(row, "kind", ChannelKind.class));
            insert.setInt(5, (int) row.getRecordNumber() * 10);
        });
        load(connection, HOLIDAYS, """
                INSERT INTO public_holiday (holiday_date, kind, name_zh, name_en, version)
                VALUES (?, ?, ?, ?, 0)""", (row, insert) -> {
            insert.setObject(1, date(row, "date"));
            insert.setString(2, constant(row, "kind", HolidayKind.class));
            insert.setString(3, text(row, "name_zh"));
            insert.setString(4, text(row, "name_en"));
        });
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(CSVRecord row, PreparedStatement insert) throws SQLException;
    }

    private static void load(Connection connection, String file, String sql, RowBinder binder)
            throws IOException, SQLException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8);
             var insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (var row : CSV.parse(reader)) {
                try {
                    binder.bind(row, insert);
                } catch (RuntimeException e) {
                    // Line numbers count the header as line 1, as a spreadsheet would.
                    throw new IllegalStateException(
                            file + " line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static String text(CSVRecord row, String column) {
        var value = row.get(column);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value;
    }

    /** The enum constant's name, checked: the CSV files write them in lower or upper case. */
    private static <E extends Enum<E>> String constant(CSVRecord row, String column, Class<E> type) {
        var value = text(row, column).toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, value).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column " + column + " is not one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }

    private static boolean bool(CSVRecord row, String column) {
        return switch (text(row, column)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("column " + column + " is neither true nor false");
        };
    }

    private static LocalDate date(CSVRecord row, String column) {
        try {
            return LocalDate.parse(text(row, column));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("column " + column + " is not a date (yyyy-MM-dd)", e);
        }
    }
}
