package cn.gov.hlj.consumptionaid.shared.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"点我\")", "@SUM(1+1)",
            "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", " -SUM(A1:A9)", "+A1"})
    void text_a_spreadsheet_would_run_as_a_formula_is_refused(String text) {
        assertThat(CellText.problemOf(text)).contains(CellText.FORMULA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "大米<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
            "javascript:alert(document.cookie)", "</b>", "<iframe src=//evil.example"})
    void markup_is_refused(String text) {
        assertThat(CellText.problemOf(text)).contains(CellText.MARKUP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"延寿大米 5kg/袋", "+86 451-5302 9999", "-5", "0451-53029999", "a=b", "1+1", "《黑龙江日报》",
            "价格<100元", "C++ 教程", "邮箱 a@b.cn", ""})
    void ordinary_text_telephone_numbers_and_comparisons_pass(String text) {
        assertThat(CellText.problemOf(text)).isEmpty();
    }
}
