package cn.gov.hlj.consumptionaid.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // the example of GB 32100-2015 itself
            "914403001922038216", // 华为技术有限公司
            "91330100716105852F", // 阿里巴巴（中国）有限公司
            "9144030071526726XG"  // 腾讯科技（深圳）有限公司
    })
    void real_codes_are_valid(String code) {
        assertThat(CreditCodes.isValid(code)).isTrue();
        assertThat(CreditCodes.check(code)).isEqualTo(code);
    }

    @Test
    void the_check_character_is_computed_by_gb_32100() {
        assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCodes.checkCharacter("9144030071526726X")).isEqualTo('G');
        assertThat(CreditCodes.checkCharacter("91330100716105852")).isEqualTo('F');
    }

    @Test
    void a_code_in_lower_case_with_spaces_around_is_normalized() {
        assertThat(CreditCodes.check(" 91330100716105852f ")).isEqualTo("91330100716105852F");
    }

    @Test
    void a_wrong_check_character_is_refused_naming_the_field_and_the_character() {
        assertThatThrownBy(() -> CreditCodes.check("91350100M000100Y44"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(CatalogTestData.chinese(e))
                        .isEqualTo("统一社会信用代码“91350100M000100Y44”的校验码“4”不正确，请核对后重新填写。"));
        // one character mistyped in the middle changes the check character too
        assertThat(CreditCodes.isValid("914403001922038226")).isFalse();
        // two neighbours swapped
        assertThat(CreditCodes.isValid("914403001922083216")).isFalse();
    }

    @Test
    void a_code_of_the_wrong_length_is_refused_with_its_length() {
        assertThatThrownBy(() -> CreditCodes.check("9144030071526726X"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(CatalogTestData.chinese(e))
                        .isEqualTo("统一社会信用代码“9144030071526726X”应为 18 位，实际为 17 位。"));
    }

    @Test
    void letters_outside_the_alphabet_are_refused_with_their_position() {
        // I, O, Z, S and V are not used, to avoid confusion with 1, 0, 2, 5 and U
        assertThatThrownBy(() -> CreditCodes.check("91350100M0O0100Y43"))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(CatalogTestData.chinese(e))
                        .startsWith("统一社会信用代码“91350100M0O0100Y43”第 11 位“O”不是有效字符"));
    }

    @Test
    void the_region_part_must_be_six_digits() {
        var first17 = "91A50100M000100Y4";
        var code = first17 + CreditCodes.checkCharacter(first17);
        assertThatThrownBy(() -> CreditCodes.check(code))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.credit-code.error.region"));
    }

    @Test
    void a_blank_code_is_refused_as_missing() {
        assertThatThrownBy(() -> CreditCodes.check("  "))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(CatalogTestData.chinese(e)).isEqualTo("请填写统一社会信用代码。"));
    }

    @Test
    void generated_test_codes_are_valid() {
        assertThat(CreditCodes.isValid(CatalogTestData.creditCode("230129"))).isTrue();
    }
}
