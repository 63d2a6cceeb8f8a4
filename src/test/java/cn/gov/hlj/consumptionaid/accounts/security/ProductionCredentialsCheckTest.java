package cn.gov.hlj.consumptionaid.accounts.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import cn.gov.hlj.consumptionaid.Application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionCredentialsCheckTest {

    private static MockEnvironment production() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("mysql", "keycloak");
        environment.setProperty("spring.datasource.password", "Qz7#long-and-random");
        environment.setProperty("portal.keycloak.client-secret", "k3y-cl0ak-portal-secret-2026");
        environment.setProperty("portal.keycloak.admin-client-secret", "k3y-cl0ak-admin-secret-2026x");
        return environment;
    }

    @Test
    void a_production_start_with_proper_secrets_passes() {
        assertThat(ProductionCredentialsCheck.findings(production())).isEmpty();
        ProductionCredentialsCheck.verify(production());
    }

    @Test
    void demo_accounts_demo_data_and_default_passwords_are_each_named() {
        var environment = production();
        environment.setProperty("portal.demo-accounts.enabled", "true");
        environment.setProperty("portal.demo-data.enabled", "true");
        environment.setProperty("spring.datasource.password", "");
        environment.setProperty("portal.keycloak.client-secret", "it-portal-secret");
        environment.setProperty("portal.keycloak.admin-client-secret", "short");
        environment.setProperty("portal.bootstrap-admin.password", "Hlj@2026");
        assertThat(ProductionCredentialsCheck.findings(environment)).containsExactly(
                "demo accounts are enabled (PORTAL_DEMO_ACCOUNTS)",
                "demo data is enabled (PORTAL_DEMO_DATA)",
                "the database password is empty or a well-known default (PORTAL_DB_PASSWORD)",
                "portal.keycloak.client-secret is empty, shorter than 16 characters or a test value",
                "portal.keycloak.admin-client-secret is empty, shorter than 16 characters or a test value",
                "the first administrator's password is a demo or default password");
        assertThatThrownBy(() -> ProductionCredentialsCheck.verify(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The production profile refuses to start with demo or default credentials: ")
                .hasMessageContaining("demo accounts are enabled");
    }

    @Test
    void the_embedded_demo_and_the_test_profiles_on_mariadb_are_not_production() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("embedded", "test", "mysql");
        environment.setProperty("portal.demo-accounts.enabled", "true");
        assertThat(ProductionCredentialsCheck.isProduction(environment)).isFalse();
        ProductionCredentialsCheck.verify(environment);
    }

    @Test
    void the_portal_refuses_to_start_in_production_with_the_demo_password_as_database_password() {
        var app = new SpringApplicationBuilder(Application.class).profiles("mysql", "keycloak")
                .properties("spring.datasource.url=jdbc:mysql://127.0.0.1:9/none", "spring.datasource.password=root",
                        "portal.keycloak.issuer=http://127.0.0.1:9/realms/consumption-aid",
                        "portal.keycloak.client-secret=k3y-cl0ak-portal-secret-2026",
                        "portal.keycloak.admin-client-secret=k3y-cl0ak-admin-secret-2026x",
                        "server.port=0", "spring.main.lazy-initialization=false");
        assertThatThrownBy(app::run).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the database password is empty or a well-known default");
    }
}
