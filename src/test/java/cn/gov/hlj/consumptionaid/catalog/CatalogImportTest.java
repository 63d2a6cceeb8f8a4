package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.gov.hlj.consumptionaid.catalog.CatalogTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import of an existing catalog list: preview, all-or-nothing commit, idempotent by catalog number. */
@IntegrationTest
class CatalogImportTest {

    private static final PortalI18NProvider I18N = new PortalI18NProvider();

    @Autowired
    CatalogImportService service;
    @Autowired
    CatalogService catalog;
    @Autowired
    CertificationService certification;
    @Autowired
    JdbcTemplate jdbc;

    private static String chinese(ImportProblem problem) {
        return problem.message((key, args) -> I18N.getTranslation(key, PortalI18NProvider.CHINESE, args));
    }

    @Test
    @WithUserDetails("province-reviewer")
    void a_list_with_a_wrong_credit_code_is_previewed_with_its_problem_and_not_imported() throws IOException {
        var tag = unique("IMP");
        var producer = unique("延寿县导入测试合作社");
        var good = CatalogTestData.catalogListRow(tag + "-1", CatalogTestData.creditCode("230129"), producer, tag + "大米");
        var bad = new ArrayList<>(CatalogTestData.catalogListRow(tag + "-2", "91350100M000100Y44", producer, tag + "小米"));
        var file = CatalogTestData.catalogListXlsx(List.of(good, bad));

        var preview = service.preview(file);
        assertThat(preview.rows()).isEqualTo(2);
        assertThat(preview.problems()).singleElement().satisfies(problem -> assertThat(chinese(problem))
                .isEqualTo("第 3 行“统一社会信用代码”：统一社会信用代码“91350100M000100Y44”的校验码“4”不正确，请核对后重新填写。"));
        var commit = service.commit("旧目录.xlsx", file);
        assertThat(commit.committed()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM certification_application WHERE catalog_number LIKE ?",
                Integer.class, tag + "%")).isZero();
    }

    @Test
    @WithUserDetails("province-reviewer")
    void a_correct_list_is_imported_once_and_importing_it_again_changes_nothing() throws IOException {
        var tag = unique("IMP");
        var code = CatalogTestData.creditCode("230129");
        var producer = unique("延寿县导入测试合作社");
        var file = CatalogTestData.catalogListXlsx(List.of(CatalogTestData.catalogListRow(tag + "-1", code, producer, tag + "大米"),
                CatalogTestData.catalogListRow(tag + "-2", code, producer, tag + "香米")));

        var preview = service.preview(file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.newEntries()).isEqualTo(2);
        var report = service.commit("黑龙江省扶贫产品目录2020.xlsx", file);
        assertThat(report.committed()).isTrue();
        assertThat(report.newEntries()).isEqualTo(2);

        var entries = catalog.list(CatalogFilter.ALL.withText(tag), Pageable.unpaged());
        assertThat(entries).extracting(CatalogEntryRow::catalogNumber).containsExactlyInAnyOrder(tag + "-1", tag + "-2");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.producerName()).isEqualTo(producer);
            assertThat(entry.commodityValue()).isEqualByComparingTo("318.50");
            assertThat(entry.poorPeopleDriven()).isEqualTo(56);
            assertThat(entry.validUntil()).isEqualTo(LocalDate.of(2021, 6, 29));
        });
        assertThat(entries.getFirst().producerCreditCode()).isEqualTo(code);
        var steps = certification.detail(entries.getFirst().applicationId()).steps();
        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(CertificationAction.IMPORTED);
            assertThat(step.comment()).startsWith("黑龙江省扶贫产品目录2020.xlsx #");
        });

        var again = service.commit("黑龙江省扶贫产品目录2020.xlsx", file);
        assertThat(again.newEntries()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(catalog.count(CatalogFilter.ALL.withText(tag))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM market_entity WHERE credit_code = ?", Integer.class,
                code)).isOne();
    }

    @Test
    @WithUserDetails("province-reviewer")
    void a_file_that_is_not_a_workbook_or_lacks_a_column_is_refused() throws IOException {
        assertThat(service.preview("not excel".getBytes()).problems()).singleElement()
                .satisfies(p -> assertThat(chinese(p)).isEqualTo("第 1 行“”：文件不是 Excel（.xlsx）工作簿，无法读取。"));
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("目录编号");
            workbook.write(out);
            assertThat(service.preview(out.toByteArray()).problems()).hasSize(17)
                    .extracting(ImportProblem::column).contains("统一社会信用代码", "发布日期");
        }
    }

    @Test
    @WithUserDetails("harbin-reviewer")
    void only_the_province_imports() {
        assertThatThrownBy(() -> service.preview(new byte[0])).isInstanceOf(AuthorizationDeniedException.class);
    }
}
