package cn.gov.hlj.consumptionaid.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void a_long_password_of_three_character_classes_without_the_username_is_accepted() {
        assertThat(PasswordPolicy.violation("finance", "Hlj@2026")).isEmpty();
        assertThat(PasswordPolicy.violation("finance", "winter2026!")).isEmpty();
    }

    @Test
    void short_simple_or_username_passwords_are_refused_with_their_reason() {
        assertThat(PasswordPolicy.violation("finance", "Ab1!")).contains("accounts.password.too-short");
        assertThat(PasswordPolicy.violation("finance", "abcdefgh1")).contains("accounts.password.too-simple");
        assertThat(PasswordPolicy.violation("finance", "Finance@2026")).contains("accounts.password.contains-username");
        assertThat(PasswordPolicy.violation("finance", null)).contains("accounts.password.too-short");
    }
}
