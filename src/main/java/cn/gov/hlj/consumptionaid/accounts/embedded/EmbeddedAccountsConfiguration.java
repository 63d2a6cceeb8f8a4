package cn.gov.hlj.consumptionaid.accounts.embedded;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Settings of the embedded accounts (the lockout). */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
@EnableConfigurationProperties(LockoutProperties.class)
class EmbeddedAccountsConfiguration {
}
