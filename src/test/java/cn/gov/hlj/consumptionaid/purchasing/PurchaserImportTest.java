package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatchRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.shared.importing.ImportFileException;
import cn.gov.hlj.consumptionaid.shared.importing.ImportProblem;
import cn.gov.hlj.consumptionaid.shared.importing.ImportRejectedException;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PurchaserImportTest {

    private static final String HEADER = "单位编码,单位名称,采购人类型,单位性质,学校类型,级次,主管部门,上级单位编码,所在地区,食堂情况,结对帮扶县";

    @Autowired
    PurchaserImport imports;
    @Autowired
    PurchaserService purchasers;
    @Autowired
    PurchaserRepository repository;
    @Autowired
    ImportBatchRepository batches;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static byte[] csv(Charset charset, String... lines) {
        return (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(charset);
    }

    /** The same columns in another order and with the 832 platform's own header words, as an .xlsx. */
    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("预算单位");
            var header = List.of("预算单位名称", "预算单位编码", "类型", "单位性质", "预算级次", "主管部门名称",
                    "行政区划代码", "是否有食堂");
            var first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long countedUnits() {
        var units = jdbc.queryForObject("SELECT SUM(units) FROM rollup_purchaser_count WHERE purchaser_type ="
                + " 'BUDGET_UNIT'", Long.class);
        return units == null ? 0 : units;
    }

    @Test
    @WithUserDetails("finance")
    void finance_imports_budget_units_from_xlsx_after_a_preview_and_finds_them_with_their_batch() throws IOException {
        var file = xlsx(List.of(
                List.of("黑龙江省财政厅机关", "FIN-X-001", "预算单位", "机关", "省级", "省财政厅", "230000", "有"),
                List.of("延寿县人民医院", "FIN-X-002", "预算单位", "医院", "县级", "卫生健康委", "延寿县", "外包")));

        var preview = imports.preview("预算单位.xlsx", file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rowsInFile()).isEqualTo(2);
        assertThat(preview.rowsToCreate()).isEqualTo(2);
        assertThat(preview.canCommit()).isTrue();
        assertThat(repository.findByCode("FIN-X-001")).as("a preview writes nothing").isEmpty();

        var counted = countedUnits();
        var result = imports.commit("预算单位.xlsx", file);
        assertThat(result.created()).isEqualTo(2);
        assertThat(countedUnits()).as("the dashboards' unit counts, changed in the import's transaction")
                .isEqualTo(counted + 2);
        assertThat(result.batch().importedBy()).isEqualTo("finance");
        assertThat(result.batch().fileSha256()).hasSize(64);

        var hospital = purchasers.find("FIN-X-002").orElseThrow();
        assertThat(hospital.name()).isEqualTo("延寿县人民医院");
        assertThat(hospital.regionCode()).isEqualTo("230129");
        assertThat(hospital.budgetUnitKind()).isEqualTo(BudgetUnitKind.HOSPITAL);
        assertThat(hospital.level()).isEqualTo(AdministrativeLevel.COUNTY);
        assertThat(hospital.canteen()).isEqualTo(CanteenSituation.OUTSOURCED);
        assertThat(hospital.importBatchId()).isEqualTo(result.batch().id());
        assertThat(hospital.sourceRow()).isEqualTo(3);
        assertThat(purchasers.list(PurchaserFilter.ALL.withImportBatch(result.batch().id()), Pageable.unpaged()))
                .extracting(PurchaserRow::code).containsExactly("FIN-X-001", "FIN-X-002");
    }

    @Test
    @WithUserDetails("finance")
    void importing_the_same_file_twice_adds_nothing_and_names_the_earlier_batch() {
        var file = csv(StandardCharsets.UTF_8, "FIN-T-001,哈尔滨市第一中学,预算单位,学校,中小学,市级,省教育厅,,230100,有,");
        var first = imports.commit("学校.csv", file);
        long before = repository.count();

        var preview = imports.preview("学校.csv", file);
        assertThat(preview.alreadyImportedAs()).isNotNull();
        assertThat(preview.alreadyImportedAs().id()).isEqualTo(first.batch().id());
        assertThat(preview.canCommit()).isFalse();
        var again = imports.commit("学校.csv", file);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("finance")
    void an_overlapping_gbk_csv_from_chinese_excel_skips_what_is_stored_and_adds_the_rest() {
        imports.commit("第一批.csv", csv(StandardCharsets.UTF_8,
                "FIN-G-001,木兰县财政局,预算单位,机关,,县级,省财政厅,,230127,无,"));
        var overlapping = csv(Charset.forName("GBK"),
                "FIN-G-001,木兰县财政局,预算单位,机关,,县级,省财政厅,,230127,无,",
                "FIN-G-002,木兰县教育局,预算单位,机关,,县级,省教育厅,FIN-G-001,木兰县,共用,");

        var preview = imports.preview("第二批.csv", overlapping);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.skippedKeys()).containsExactly("FIN-G-001");
        assertThat(preview.rowsToCreate()).isEqualTo(1);

        var result = imports.commit("第二批.csv", overlapping);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        var bureau = purchasers.find("FIN-G-002").orElseThrow();
        assertThat(bureau.name()).isEqualTo("木兰县教育局");
        assertThat(bureau.supervisingUnitCode()).isEqualTo("FIN-G-001");
        assertThat(bureau.canteen()).isEqualTo(CanteenSituation.SHARED);
    }

    @Test
    @WithUserDetails("finance")
    void a_file_with_bad_rows_writes_nothing_and_says_which_rows_and_why() {
        var file = csv(StandardCharsets.UTF_8,
                "FIN-B-001,好单位,预算单位,机关,,省级,省财政厅,,230000,有,",
                "FIN-B-002,没有地区的单位,预算单位,机关,,省级,省财政厅,,999999,有,",
                "FIN-B-003,类型写错,政府,机关,,省级,省财政厅,,230000,有,",
                "FIN-B-001,重复编码,预算单位,机关,,省级,省财政厅,,230000,有,",
                "FIN-B-004,没写学段的学校,预算单位,学校,,市级,省教育厅,,230100,有,",
                "FIN-B-005,没写级次,预算单位,机关,,,省财政厅,,230000,有,",
                "FIN-B-006,上级不存在,预算单位,机关,,县级,省财政厅,NO-SUCH,230129,有,",
                ",没有编码,预算单位,机关,,省级,省财政厅,,230000,有,");
        long purchasersBefore = repository.count();
        long batchesBefore = batches.count();

        var preview = imports.preview("有问题.csv", file);
        assertThat(preview.canCommit()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "所在地区", "purchasing.import.problem.region-unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "采购人类型", "purchasing.import.problem.type-unknown"),
                        org.assertj.core.groups.Tuple.tuple(5, "单位编码",
                                "purchasing.import.problem.duplicate-in-file"),
                        org.assertj.core.groups.Tuple.tuple(6, "学校类型",
                                "purchasing.import.problem.school-needs-type"),
                        org.assertj.core.groups.Tuple.tuple(7, "级次", "purchasing.import.problem.budget-unit-needs"),
                        org.assertj.core.groups.Tuple.tuple(8, "上级单位编码",
                                "purchasing.import.problem.supervisor-unknown"),
                        org.assertj.core.groups.Tuple.tuple(9, "单位编码", "shared.import.problem.required"));

        assertThatThrownBy(() -> imports.commit("有问题.csv", file))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.getProblems()).hasSize(7));
        assertThat(repository.count()).isEqualTo(purchasersBefore);
        assertThat(batches.count()).isEqualTo(batchesBefore);
        assertThat(repository.findByCode("FIN-B-001")).as("not even the good row").isEmpty();
    }

    @Test
    @WithUserDetails("finance")
    void a_file_without_a_required_column_is_refused_as_a_whole() {
        var file = "单位编码,单位名称\nX,Y\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.preview("缺列.csv", file))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("shared.import.error.missing-columns");
                    assertThat(e.getArguments()).containsExactly("采购人类型、所在地区");
                });
    }

    @Test
    @WithUserDetails("education")
    void education_imports_schools_but_not_other_budget_units_or_soes() {
        var file = csv(StandardCharsets.UTF_8,
                "EDU-S-001,延寿县第一中学,预算单位,学校,中小学,县级,省教育厅,,230129,有,",
                "EDU-S-002,延寿县财政局,预算单位,机关,,县级,省财政厅,,230129,有,",
                "EDU-S-003,龙江集团,国有企业,,,,省国资委,,230000,有,230129");
        var preview = imports.preview("学校.csv", file);
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "purchasing.import.problem.outside-department"),
                org.assertj.core.groups.Tuple.tuple(4, "purchasing.import.problem.outside-department"));
    }

    @Test
    @WithUserDetails("leader")
    void a_leader_reads_but_cannot_import() {
        assertThatThrownBy(() -> imports.preview("x.csv", csv(StandardCharsets.UTF_8, "A,B,预算单位,机关,,省级,,,230000,有,")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(purchasers.count(PurchaserFilter.ALL)).isGreaterThanOrEqualTo(0);
    }

    @Test
    @WithUserDetails("harbin-reviewer")
    void a_reviewer_sees_no_purchasing_data() {
        assertThatThrownBy(() -> purchasers.count(PurchaserFilter.ALL)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> imports.preview("x.csv", new byte[] {1})).isInstanceOf(AuthorizationDeniedException.class);
    }
}
