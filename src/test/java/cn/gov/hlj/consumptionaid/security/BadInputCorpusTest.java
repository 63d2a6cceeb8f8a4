package cn.gov.hlj.consumptionaid.security;

import cn.gov.hlj.consumptionaid.catalog.CatalogImportReport;
import cn.gov.hlj.consumptionaid.catalog.CatalogImportService;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityForm;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityType;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.purchasing.AdministrativeLevel;
import cn.gov.hlj.consumptionaid.purchasing.BudgetUnitKind;
import cn.gov.hlj.consumptionaid.purchasing.CanteenSituation;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseImport;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserImport;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareImport;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.sales.SalesImport;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import cn.gov.hlj.consumptionaid.shared.importing.ImportFileException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportPreview;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportResult;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every file of {@code src/test/resources/bad-inputs/} (written by {@link BadInputCorpus}, listed in its
 * {@code manifest.csv}) goes through the real preview and commit of its import, signed in as a user who may import:
 * the file is refused with exactly the message the manifest names (a file-level message, or that problem on that row
 * and no other), the message exists in both languages, and not a row of any table changed.
 */
@IntegrationTest
class BadInputCorpusTest {

    /** Who imports each kind of file: a user the import's @PreAuthorize and data scope let in. */
    static final Map<String, String> IMPORTER = Map.of(
            "purchasers", "finance",
            "reserved-shares", "finance",
            "purchases", "finance",
            "sales", "poverty-office",
            "catalog", "province-reviewer");

    record Case(String file, String importName, String expected, Integer row, String note) {
        @Override
        public String toString() {
            return file + " → " + expected + (row == null ? "" : " (row " + row + ")");
        }
    }

    @Autowired
    PurchaserImport purchaserImport;
    @Autowired
    ReservedShareImport reservedShareImport;
    @Autowired
    PurchaseImport purchaseImport;
    @Autowired
    SalesImport salesImport;
    @Autowired
    CatalogImportService catalogImport;
    @Autowired
    PurchaserRepository purchasers;
    @Autowired
    MarketEntityRepository entities;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private static final PortalI18NProvider I18N = new PortalI18NProvider();

    @BeforeEach
    void storeTheUnitAndTheSupplierTheRowsReferTo() {
        transaction.executeWithoutResult(tx -> {
            if (purchasers.findByCode(BadInputCorpus.UNIT).isEmpty()) {
                purchasers.save(new Purchaser(new PurchaserRow(BadInputCorpus.UNIT, "坏输入测试机关", PurchaserType.BUDGET_UNIT,
                        BudgetUnitKind.AGENCY, null, AdministrativeLevel.PROVINCE, "FINANCE", null, "230000",
                        CanteenSituation.OWN, null, null, null), null, null, null));
            }
            if (entities.findByCreditCode(BadInputCorpus.SUPPLIER).isEmpty()) {
                entities.save(new MarketEntity(new MarketEntityForm(BadInputCorpus.SUPPLIER, "延寿县测试合作社",
                        MarketEntityType.FARMERS_COOPERATIVE, "230129", "赵德山", "0451-53029999", true, false, true,
                        false, false)));
            }
        });
    }

    /**
     * This context's own strategy, as the secured services read it (the static holder has the strategy of the context
     * started last, another one when a test class of another configuration ran in between).
     */
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    private SecurityContextHolderStrategy strategy() {
        return holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @AfterEach
    void signOut() {
        strategy().clearContext();
    }

    static List<Case> manifest() {
        try (var in = BadInputCorpusTest.class.getResourceAsStream("/bad-inputs/manifest.csv")) {
            Objects.requireNonNull(in, "bad-inputs/manifest.csv");
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            var cases = new ArrayList<Case>();
            for (var record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                var row = record.get("row");
                cases.add(new Case(record.get("file"), record.get("import"), record.get("expected"),
                        row.isBlank() ? null : Integer.valueOf(row), record.get("note")));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Case> cases() {
        return manifest().stream();
    }

    @Test
    void the_corpus_holds_at_least_fifty_files_over_every_import_and_the_manifest_lists_each_one()
            throws IOException, URISyntaxException {
        var root = Path.of(Objects.requireNonNull(getClass().getResource("/bad-inputs/manifest.csv")).toURI())
                .getParent();
        var onDisk = new TreeSet<String>();
        try (var files = Files.walk(root)) {
            files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("manifest.csv")).forEach(onDisk::add);
        }
        var listed = new TreeSet<String>();
        manifest().forEach(c -> listed.add(c.file()));
        assertThat(listed).isEqualTo(onDisk);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(50);
        var perImport = new TreeMap<String, Integer>();
        manifest().forEach(c -> perImport.merge(c.importName(), 1, Integer::sum));
        assertThat(perImport.keySet()).isEqualTo(IMPORTER.keySet());
        assertThat(perImport.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(8));
        // The zip bomb stays small on disk.
        assertThat(Files.size(root.resolve("reserved-shares/zip-bomb.xlsx"))).isLessThan(256 * 1024);
    }

    /** The committed files are the generator's, byte for byte (it writes workbooks with fixed times). */
    @Test
    void the_committed_corpus_is_what_the_generator_writes() throws IOException {
        for (var entry : BadInputCorpus.entries()) {
            var name = entry.importName() + "/" + entry.file();
            try (var in = getClass().getResourceAsStream("/bad-inputs/" + name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(in.readAllBytes()).as(name).isEqualTo(entry.content());
            }
        }
        assertThat(BadInputCorpus.entries()).hasSameSizeAs(manifest());
    }

    @Test
    void a_valid_file_of_each_import_has_no_problem_so_each_bad_file_is_refused_for_its_own_fault() {
        as("finance");
        assertThat(problems(() -> purchaserImport.preview("ok.csv", BadInputCorpus.csv(
                BadInputCorpus.PURCHASER_HEADERS, List.of(BadInputCorpus.purchaser("BADIN-P-01", "测试机关")),
                StandardCharsets.UTF_8)))).isEmpty();
        assertThat(problems(() -> reservedShareImport.preview("ok.csv", BadInputCorpus.csv(
                BadInputCorpus.SHARE_HEADERS, List.of(BadInputCorpus.share("1000000.00", "10", "100000.00", "")),
                StandardCharsets.UTF_8)))).isEmpty();
        assertThat(problems(() -> purchaseImport.preview("ok.xlsx", BadInputCorpus.xlsx(
                BadInputCorpus.PURCHASE_HEADERS, List.of(BadInputCorpus.purchase("BADIN-O-0001", "延寿大米 5kg",
                        "1280.00")))))).isEmpty();
        as("poverty-office");
        assertThat(problems(() -> salesImport.preview("ok.csv", BadInputCorpus.csv(BadInputCorpus.SALE_HEADERS,
                List.of(BadInputCorpus.sale("BADIN-S-0001", "延寿大米 5kg/袋", "680.00")), StandardCharsets.UTF_8))))
                .isEmpty();
        as("province-reviewer");
        var catalog = catalogImport.preview(BadInputCorpus.xlsx(BadInputCorpus.CATALOG_HEADERS,
                List.of(BadInputCorpus.catalog("HLJ-BADIN-0001", "延寿县测试合作社", "延寿大米", "128"))));
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.newEntries()).isEqualTo(1);
    }

    private static List<String> problems(java.util.function.Supplier<ImportPreview> preview) {
        return preview.get().problems().stream().map(ImportProblem::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_bad_file_is_refused_with_its_message_and_nothing_is_written(Case c) throws IOException {
        byte[] content;
        try (var in = getClass().getResourceAsStream("/bad-inputs/" + c.file())) {
            content = Objects.requireNonNull(in, c.file()).readAllBytes();
        }
        var fileName = c.file().substring(c.file().lastIndexOf('/') + 1);
        as(IMPORTER.get(c.importName()));
        var before = rowCounts();

        if (c.importName().equals("catalog")) {
            refusedByCatalog(c, catalogImport.preview(content));
            refusedByCatalog(c, catalogImport.commit(fileName, content));
        } else {
            var imports = switch (c.importName()) {
                case "purchasers" -> new Import(purchaserImport::preview, purchaserImport::commit);
                case "reserved-shares" -> new Import(reservedShareImport::preview, reservedShareImport::commit);
                case "purchases" -> new Import(purchaseImport::preview, purchaseImport::commit);
                case "sales" -> new Import(salesImport::preview, salesImport::commit);
                default -> throw new AssertionError("unknown import " + c.importName());
            };
            if (c.row() == null) {
                assertThatThrownBy(() -> imports.preview().apply(fileName, content))
                        .isInstanceOfSatisfying(ImportFileException.class,
                                e -> assertThat(e.getMessageKey()).isEqualTo(c.expected()));
                assertThatThrownBy(() -> imports.commit().apply(fileName, content))
                        .isInstanceOfSatisfying(ImportFileException.class,
                                e -> assertThat(e.getMessageKey()).isEqualTo(c.expected()));
            } else {
                var preview = imports.preview().apply(fileName, content);
                assertOnly(c, preview.problems());
                assertThat(preview.canCommit()).isFalse();
                assertThatThrownBy(() -> imports.commit().apply(fileName, content))
                        .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertOnly(c, e.getProblems()));
            }
        }

        assertThat(rowCounts()).as("row counts of every table after " + c.file()).isEqualTo(before);
        for (var locale : PortalI18NProvider.LOCALES) {
            assertThat(I18N.keys(locale)).as(c.expected() + " in " + locale).contains(c.expected());
        }
    }

    private record Import(java.util.function.BiFunction<String, byte[], ImportPreview> preview,
                          java.util.function.BiFunction<String, byte[], ImportResult> commit) {
    }

    private static void assertOnly(Case c, List<ImportProblem> problems) {
        assertThat(problems).as(c.file()).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.messageKey()).as(c.file() + ": " + p).isEqualTo(c.expected());
                    assertThat(p.row()).as(c.file() + ": " + p).isEqualTo(c.row());
                });
    }

    private static void refusedByCatalog(Case c, CatalogImportReport report) {
        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).as(c.file()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.error().messageKey()).as(c.file() + ": " + p).isEqualTo(c.expected());
            assertThat(p.row()).as(c.file() + ": " + p).isEqualTo(c.row());
        });
    }

    /** The number of rows of every table of the schema, by table name. */
    private Map<String, Long> rowCounts() {
        var tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = schema() and table_type = 'BASE TABLE'", String.class);
        var counts = new TreeMap<String, Long>();
        for (var table : tables) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        assertThat(counts).containsKeys("purchaser", "sale");
        return counts;
    }

    private void as(String username) {
        var user = users.loadUserByUsername(username);
        var context = strategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy().setContext(context);
    }
}
