package cn.gov.hlj.consumptionaid.accounts.keycloak;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakClaimsTest {

    @Test
    void a_finance_administrators_token_becomes_the_same_user_as_in_the_embedded_mode() {
        var user = KeycloakClaims.toAppUser(Map.of("preferred_username", "finance-admin", "name", "财政厅账号管理员",
                "roles", List.of("ADMIN", "DEPARTMENT_MEMBER", "offline_access", "default-roles-consumption-aid"),
                "department", "FINANCE", "groups", List.of("FINANCE"), "region", "230000", "locale", "zh-CN"));

        assertThat(user).contains(new AppUser("finance-admin", "财政厅账号管理员", "FINANCE", "230000",
                Set.of("ADMIN", "DEPARTMENT_MEMBER"), Locale.forLanguageTag("zh-CN")));
        assertThat(user.orElseThrow().scope()).isEqualTo(new DataScope(false, Set.of("FINANCE"), "230000"));
    }

    @Test
    void without_a_department_attribute_the_department_group_names_the_department() {
        var user = KeycloakClaims.toAppUser(Map.of("preferred_username", "education",
                "roles", List.of("DEPARTMENT_MEMBER"), "groups", List.of("/EDUCATION"), "region", "230000"));

        assertThat(user.orElseThrow().departmentCode()).isEqualTo("EDUCATION");
        assertThat(user.orElseThrow().displayName()).isEqualTo("education");
    }

    @Test
    void the_unit_attribute_of_the_token_links_the_user_to_their_unit() {
        var user = KeycloakClaims.toAppUser(Map.of("preferred_username", "edu-agency",
                "roles", List.of("DEPARTMENT_MEMBER"), "groups", List.of("/EDUCATION"), "region", "230000",
                "unit", "230000-0004"));

        assertThat(user.orElseThrow().unitCode()).isEqualTo("230000-0004");
        assertThat(KeycloakClaims.toAppUser(Map.of("preferred_username", "education", "region", "230000"))
                .orElseThrow().unitCode()).isNull();
    }

    @Test
    void a_token_without_a_valid_region_makes_no_user() {
        assertThat(KeycloakClaims.toAppUser(Map.of("preferred_username", "x", "roles", List.of("LEADER"))))
                .isEmpty();
        assertThat(KeycloakClaims.toAppUser(Map.of("preferred_username", "x", "region", "2301")))
                .isEmpty();
    }

    @Test
    void the_issuer_names_the_server_and_the_realm() {
        var keycloak = new KeycloakProperties("http://localhost:8180/realms/consumption-aid/", "portal", "s",
                "admin", "t", null);
        assertThat(keycloak.issuer()).isEqualTo("http://localhost:8180/realms/consumption-aid");
        assertThat(keycloak.serverUrl()).isEqualTo("http://localhost:8180");
        assertThat(keycloak.realm()).isEqualTo("consumption-aid");
        assertThat(keycloak.endpoint("logout"))
                .isEqualTo("http://localhost:8180/realms/consumption-aid/protocol/openid-connect/logout");
    }

    @Test
    void inside_compose_the_portal_calls_keycloak_by_its_service_name_while_browsers_use_the_issuer() {
        var keycloak = new KeycloakProperties("http://localhost:8180/realms/consumption-aid", "portal", "s",
                "admin", "t", "http://keycloak:8080/");
        assertThat(keycloak.endpoint("auth"))
                .isEqualTo("http://localhost:8180/realms/consumption-aid/protocol/openid-connect/auth");
        assertThat(keycloak.backchannelEndpoint("token"))
                .isEqualTo("http://keycloak:8080/realms/consumption-aid/protocol/openid-connect/token");
        assertThat(keycloak.serverUrl()).isEqualTo("http://keycloak:8080");
    }
}
