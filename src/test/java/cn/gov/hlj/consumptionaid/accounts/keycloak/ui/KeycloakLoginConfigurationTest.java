package cn.gov.hlj.consumptionaid.accounts.keycloak.ui;

import cn.gov.hlj.consumptionaid.accounts.keycloak.KeycloakConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakLoginConfigurationTest {

    @Test
    void the_authorization_request_asks_keycloak_for_its_chinese_login_page() {
        var registration = ClientRegistration.withRegistrationId("keycloak").clientId("portal")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid")
                .authorizationUri("http://kc/auth").tokenUri("http://kc/token").build();
        var resolver = KeycloakLoginConfiguration.chineseLoginPage(new InMemoryClientRegistrationRepository(registration));
        var request = new MockHttpServletRequest("GET", "/oauth2/authorization/keycloak");
        request.setServletPath("/oauth2/authorization/keycloak");

        var authorization = resolver.resolve(request);

        assertThat(authorization.getAdditionalParameters()).containsEntry("ui_locales", "zh-CN");
        assertThat(authorization.getAuthorizationRequestUri()).contains("ui_locales=zh-CN");
    }

    @Test
    void a_failed_login_names_its_reason_for_the_problem_page() {
        assertThat(KeycloakLoginConfiguration.reasonOf(new OAuth2AuthenticationException(
                new OAuth2Error(KeycloakConfiguration.ACCOUNT_INCOMPLETE)))).isEqualTo("incomplete");
        assertThat(KeycloakLoginConfiguration.reasonOf(new InternalAuthenticationServiceException("token",
                new ResourceAccessException("Connection refused")))).isEqualTo("unavailable");
        assertThat(KeycloakLoginConfiguration.reasonOf(new OAuth2AuthenticationException(
                new OAuth2Error("invalid_grant")))).isEqualTo("failed");
    }
}
