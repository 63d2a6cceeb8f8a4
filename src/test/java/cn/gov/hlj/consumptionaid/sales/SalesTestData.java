package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Builders of sales test data: catalog products, stored sales, files, and users of a chosen scope. */
public final class SalesTestData {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private SalesTestData() {
    }

    /** A unique text, since the tests of one Spring context share the database. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** A product in the catalog (status IN_CATALOG) of a new market entity of the county. */
    public static CatalogProduct catalogProduct(JdbcTemplate jdbc, String county, String productName,
                                                String category) {
        var entityName = unique(productName + "合作社");
        var creditCode = CatalogTestData.creditCode(county);
        var entityId = insert(jdbc, "INSERT INTO market_entity (version, credit_code, name, entity_type, county_code, "
                + "legal_representative, contact, helps_by_wages, helps_by_assets, helps_by_business_income, "
                + "leading_enterprise, hundred_enterprises, blacklisted) VALUES (0, ?, ?, 'FARMERS_COOPERATIVE', ?, "
                + "'张玉山', '0451-53020000', TRUE, FALSE, TRUE, FALSE, FALSE, FALSE)", creditCode, entityName, county);
        var number = unique("HLJ-T-");
        var now = LocalDateTime.of(2025, 1, 10, 9, 0);
        var id = insert(jdbc, "INSERT INTO certification_application (version, market_entity_id, county_code, "
                        + "product_name, category_code, specification, price, reference_price, quality_evidence, "
                        + "poor_people_driven, poverty_link, commodity_value, commitment, priority, status, "
                        + "submitted_at, last_step_at, catalog_number, published_on, valid_until) VALUES (0, ?, ?, ?, "
                        + "?, '5kg/袋', 68.00, 75.00, '绿色食品证书', 120, '吸纳贫困户务工', 320.50, TRUE, FALSE, "
                        + "'IN_CATALOG', ?, ?, ?, ?, ?)", entityId, county, productName, category, now, now, number,
                LocalDate.of(2025, 2, 1), LocalDate.now().plusYears(1));
        return new CatalogProduct(id, number, productName, category, county, entityId, entityName, true);
    }

    /** The credit code of a market entity, for deals. */
    public static String creditCodeOf(JdbcTemplate jdbc, long entityId) {
        return jdbc.queryForObject("SELECT credit_code FROM market_entity WHERE id = ?", String.class, entityId);
    }

    /** A sale written as the demo data writes them (no batch), for the visibility tests. */
    public static void storeSale(JdbcTemplate jdbc, String channel, String recordNo, LocalDate date, String region,
                                 String buyerProvince, BigDecimal amount) {
        jdbc.update("INSERT INTO sale (version, channel_code, record_no, sale_date, product_name, category_code, "
                        + "region_code, buyer_type, buyer_province_code, quantity, unit, amount) "
                        + "VALUES (0, ?, ?, ?, '测试产品', 'RICE', ?, 'INDIVIDUAL', ?, 1, '袋', ?)", channel, recordNo,
                date, region, buyerProvince, amount);
    }

    /** An .xlsx with one sheet: a header row and the rows, numbers and dates as real cells. */
    public static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("销售");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            var first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    switch (values.get(c)) {
                        case Number number -> cell.setCellValue(number.doubleValue());
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        }
                        case null -> cell.setBlank();
                        default -> cell.setCellValue(values.get(c).toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in as a user who is not one of the demo accounts (another region, say). */
    public static void signIn(SecurityContextHolderStrategy holder, String username, String department,
                              String region, String... roles) {
        var user = new AppUser(username, username, department, region, Set.of(roles), null);
        var principal = (AppUserPrincipal) () -> user;
        var authorities = AppRoles.authoritiesOf(Set.of(roles)).stream().map(SimpleGrantedAuthority::new).toList();
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        holder.setContext(context);
    }

    private static long insert(JdbcTemplate jdbc, String sql, Object... arguments) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < arguments.length; i++) {
                ps.setObject(i + 1, arguments[i]);
            }
            return ps;
        }, key);
        return ((Number) key.getKeyList().getFirst().values().iterator().next()).longValue();
    }
}
