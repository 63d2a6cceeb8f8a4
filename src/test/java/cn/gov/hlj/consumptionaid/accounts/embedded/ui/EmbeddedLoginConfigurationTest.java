package cn.gov.hlj.consumptionaid.accounts.embedded.ui;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedLoginConfigurationTest {

    private static MockEnvironment withProfiles(String... profiles) {
        var environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void the_embedded_login_refuses_to_start_outside_the_embedded_profile() {
        assertThatThrownBy(() -> new EmbeddedLoginConfiguration(withProfiles("mysql")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("runs only in the 'embedded' profile")
                .hasMessageContaining("active profiles: mysql");
    }

    @Test
    void the_embedded_login_starts_in_the_embedded_profile_alone_or_with_mysql() {
        assertThatCode(() -> new EmbeddedLoginConfiguration(withProfiles("embedded"))).doesNotThrowAnyException();
        assertThatCode(() -> new EmbeddedLoginConfiguration(withProfiles("mysql", "embedded")))
                .doesNotThrowAnyException();
    }
}
