package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplication;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.jobs.ImportSteps;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.importing.CellText;
import cn.gov.hlj.consumptionaid.shared.importing.ImportFileException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportLimits;
import cn.gov.hlj.consumptionaid.shared.importing.SourceRow;
import cn.gov.hlj.consumptionaid.shared.importing.TabularReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Takes over an existing catalog list from Excel, so that a province can start with what it has. Preview reads and
 * checks every row without writing; commit writes all rows or none (any problem refuses the whole file) and is
 * idempotent: a catalog number already in the catalog is skipped. Unknown producers are registered from the row.
 * The columns are those of {@link #COLUMNS}, found by their header text in the first row, in any order.
 */
@Service
@PreAuthorize("hasAuthority('" + AppRoles.CERTIFY_PROVINCE + "')")
public class CatalogImportService {

    static final String NUMBER = "目录编号";
    static final String CREDIT_CODE = "统一社会信用代码";
    static final String PRODUCER = "生产单位";
    static final String TYPE = "主体类型";
    static final String COUNTY = "区县代码";
    static final String LEGAL_REPRESENTATIVE = "法定代表人";
    static final String CONTACT = "联系方式";
    static final String HELP_WAYS = "带贫类型";
    static final String PRODUCT = "产品名称";
    static final String CATEGORY = "所属品类";
    static final String SPECIFICATION = "规格";
    static final String PRICE = "价格（元）";
    static final String REFERENCE_PRICE = "参考均价（元）";
    static final String QUALITY = "质量证明";
    static final String POOR_PEOPLE = "带贫人数";
    static final String POVERTY_LINK = "带贫方式";
    static final String VALUE = "商品价值量（万元）";
    static final String PUBLISHED_ON = "发布日期";
    /** The template's columns; the header texts are the data format, not UI text, so they are not translated. */
    public static final List<String> COLUMNS = List.of(NUMBER, CREDIT_CODE, PRODUCER, TYPE, COUNTY,
            LEGAL_REPRESENTATIVE, CONTACT, HELP_WAYS, PRODUCT, CATEGORY, SPECIFICATION, PRICE, REFERENCE_PRICE, QUALITY,
            POOR_PEOPLE, POVERTY_LINK, VALUE, PUBLISHED_ON);
    /** The catalog list is taken as .xlsx only: a file that is not one is refused as such. */
    private static final String FILE_NAME = "catalog.xlsx";
    private static final Map<String, MarketEntityType> TYPES = Map.of("企业", MarketEntityType.ENTERPRISE,
            "农民专业合作社", MarketEntityType.FARMERS_COOPERATIVE);

    private final CertificationApplicationRepository applications;
    private final MarketEntityRepository entities;
    private final ReferenceService reference;
    private final FormChecks checks;
    private final CurrentUser currentUser;
    private final Clock clock;

    CatalogImportService(CertificationApplicationRepository applications, MarketEntityRepository entities,
                         ReferenceService reference, FormChecks checks, CurrentUser currentUser, Clock clock) {
        this.applications = applications;
        this.entities = entities;
        this.reference = reference;
        this.checks = checks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Reads and checks the file; writes nothing. */
    @Transactional(readOnly = true)
    public CatalogImportReport preview(byte[] xlsx) {
        return preview(xlsx, Progress.NONE);
    }

    /** {@link #preview(byte[])} as a job: reports reading and checking, stops when cancelled. */
    @Transactional(readOnly = true)
    public CatalogImportReport preview(byte[] xlsx, Progress progress) {
        var read = read(xlsx, new ImportSteps(progress));
        return new CatalogImportReport(read.rows, read.entries.size(), read.already, read.problems, false);
    }

    /** Imports every new entry of the file, or nothing if any row has a problem. */
    @Transactional
    public CatalogImportReport commit(String fileName, byte[] xlsx) {
        return commit(fileName, xlsx, Progress.NONE);
    }

    /**
     * {@link #commit(String, byte[])} as a job: reports reading, checking and writing; cancelled before it returns,
     * it rolls back and nothing is written.
     */
    @Transactional
    public CatalogImportReport commit(String fileName, byte[] xlsx, Progress progress) {
        var steps = new ImportSteps(progress);
        var read = read(xlsx, steps);
        if (!read.problems.isEmpty()) {
            return new CatalogImportReport(read.rows, read.entries.size(), read.already, read.problems, false);
        }
        var user = currentUser.require();
        var now = LocalDateTime.now(clock);
        var registered = new HashMap<String, MarketEntity>();
        int written = 0;
        for (var entry : read.entries) {
            steps.writing(written++, read.entries.size());
            var entity = registered.computeIfAbsent(entry.entity.creditCode(), code -> entities.findByCreditCode(code)
                    .orElseGet(() -> entities.save(new MarketEntity(entry.entity))));
            applications.save(CertificationApplication.imported(entity, entry.application.withEntityId(entity.getId()),
                    entry.number, entry.publishedOn, user.username(), user.displayName(), now,
                    fileName + " #" + entry.row));
        }
        applications.flush();
        steps.writing(written, read.entries.size());
        return new CatalogImportReport(read.rows, read.entries.size(), read.already, List.of(), true);
    }

    private record Entry(int row, String number, MarketEntityForm entity, ApplicationForm application,
                         LocalDate publishedOn) {
    }

    private static final class Read {
        int rows;
        int already;
        final List<Entry> entries = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
    }

    /** The cells of one data row, as text, with its Excel row number. */
    private record SheetRow(int number, List<String> cells) {
    }

    /**
     * Reads the first sheet through the shared streaming reader, which refuses zip bombs, oversized and broken files
     * before they are unpacked and never evaluates a formula; a file it refuses is one problem of row 1.
     */
    private Read read(byte[] xlsx, ImportSteps steps) {
        var read = new Read();
        steps.read(0);
        var columns = new HashMap<String, Integer>();
        var sheetRows = new ArrayList<SheetRow>();
        try {
            TabularReader.read(FILE_NAME, xlsx, ImportLimits.DEFAULT, new TabularReader.RowConsumer() {
                @Override
                public void header(SourceRow header) {
                    for (int c = 0; c < header.cells().size(); c++) {
                        columns.putIfAbsent(header.cells().get(c), c);
                    }
                }

                @Override
                public void row(SourceRow row) {
                    sheetRows.add(new SheetRow(row.number(), row.cells()));
                }
            });
        } catch (ImportFileException e) {
            // A header without rows that also lacks columns: naming the columns helps more than "no rows".
            boolean columnsMissing = !columns.isEmpty() && !columns.keySet().containsAll(COLUMNS);
            if (!(e.getMessageKey().equals("shared.import.error.no-data-rows") && columnsMissing)) {
                read.problems.add(new ImportProblem(1, "", catalogError(e)));
                return read;
            }
        }
        for (var column : COLUMNS) {
            if (!columns.containsKey(column)) {
                read.problems.add(new ImportProblem(1, column,
                        new CatalogException("catalog.import.error.column-missing")));
            }
        }
        if (!read.problems.isEmpty()) {
            return read;
        }
        var categories = new HashMap<String, String>();
        for (CategoryRow category : reference.categories()) {
            categories.put(category.code(), category.code());
            categories.put(category.nameZh(), category.code());
        }
        var numbers = new HashSet<String>();
        for (int r = 0; r < sheetRows.size(); r++) {
            steps.read(r + 1, sheetRows.size());
            read.rows++;
            readRow(sheetRows.get(r), columns, categories, numbers, read);
        }
        return read;
    }

    private static CatalogException catalogError(ImportFileException e) {
        return e.getMessageKey().equals("shared.import.error.xlsx-broken")
                || e.getMessageKey().equals("shared.import.error.unknown-format")
                ? new CatalogException("catalog.import.error.not-xlsx")
                : new CatalogException(e.getMessageKey(), e.getArguments());
    }

    private void readRow(SheetRow row, Map<String, Integer> columns, Map<String, String> categories,
                         HashSet<String> numbers, Read read) {
        int excelRow = row.number();
        var cells = new Cells(row, columns);
        String column = NUMBER;
        try {
            var number = cells.text(NUMBER);
            if (number == null) {
                throw new CatalogException("catalog.import.error.required");
            }
            if (!numbers.add(number)) {
                throw new CatalogException("catalog.import.error.duplicate-number", number);
            }
            column = CREDIT_CODE;
            var code = CreditCodes.check(cells.text(CREDIT_CODE));
            column = TYPE;
            var type = TYPES.get(String.valueOf(cells.text(TYPE)));
            if (type == null) {
                throw new CatalogException("catalog.import.error.type");
            }
            column = HELP_WAYS;
            var ways = String.valueOf(cells.text(HELP_WAYS));
            var entityForm = new MarketEntityForm(code, cells.text(PRODUCER), type, cells.text(COUNTY),
                    cells.text(LEGAL_REPRESENTATIVE), cells.text(CONTACT), ways.contains("务工"),
                    ways.contains("资产收益"), ways.contains("经营收入"), false, false);
            column = PRODUCER;
            checks.entity(entityForm);
            column = CATEGORY;
            var category = categories.get(String.valueOf(cells.text(CATEGORY)));
            if (category == null) {
                throw new CatalogException("catalog.import.error.category");
            }
            column = PRICE;
            var price = cells.decimal(PRICE);
            column = REFERENCE_PRICE;
            var referencePrice = cells.decimal(REFERENCE_PRICE);
            column = POOR_PEOPLE;
            var poorPeople = cells.decimal(POOR_PEOPLE);
            if (poorPeople != null && poorPeople.stripTrailingZeros().scale() > 0) {
                throw new CatalogException("catalog.import.error.whole-number");
            }
            column = VALUE;
            var value = cells.decimal(VALUE);
            var applicationForm = new ApplicationForm(null, cells.text(PRODUCT), category, cells.text(SPECIFICATION),
                    price, referencePrice, cells.text(QUALITY), poorPeople == null ? null : poorPeople.intValue(),
                    cells.text(POVERTY_LINK), value, true);
            column = PRODUCT;
            checks.application(applicationForm);
            column = PUBLISHED_ON;
            var publishedOn = cells.date(PUBLISHED_ON);
            if (publishedOn == null) {
                throw new CatalogException("catalog.import.error.required");
            }
            if (publishedOn.isAfter(LocalDate.now(clock))) {
                throw new CatalogException("catalog.import.error.future-date", publishedOn);
            }
            column = CREDIT_CODE;
            var existing = entities.findByCreditCode(code);
            if (existing.isPresent() && existing.get().isBlacklisted()) {
                throw new CatalogException("catalog.application.error.blacklisted", existing.get().getName());
            }
            if (applications.existsByCatalogNumber(number)) {
                read.already++;
                return;
            }
            read.entries.add(new Entry(excelRow, number, entityForm, applicationForm, publishedOn));
        } catch (CatalogException e) {
            read.problems.add(new ImportProblem(excelRow, column, e));
        }
    }

    /** The cells of one row by column name: text as read (formula and markup refused), numbers, ISO dates. */
    private record Cells(SheetRow row, Map<String, Integer> columns) {

        String raw(String column) {
            int index = columns.get(column);
            var value = index < row.cells().size() ? row.cells().get(index).strip() : "";
            return value.isEmpty() ? null : value;
        }

        String text(String column) {
            var value = raw(column);
            var unsafe = CellText.problemOf(value);
            if (unsafe.isPresent()) {
                throw new CatalogException(unsafe.get());
            }
            return value;
        }

        BigDecimal decimal(String column) {
            var value = raw(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replaceAll("[,，\\s]", "")).stripTrailingZeros();
            } catch (NumberFormatException e) {
                throw new CatalogException("catalog.import.error.number", value);
            }
        }

        LocalDate date(String column) {
            var value = raw(column);
            if (value == null) {
                return null;
            }
            try {
                // the reader writes date cells as yyyy-MM-dd, or yyyy-MM-dd HH:mm:ss when they hold a time
                return LocalDate.parse(value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                throw new CatalogException("catalog.import.error.date", value);
            }
        }
    }
}
