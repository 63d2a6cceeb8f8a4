package cn.gov.hlj.consumptionaid.accounts.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 等保 2.0: the production profile (the {@code mysql} database without the {@code embedded} demo login) refuses to
 * start with demo or default credentials — demo accounts or demo data switched on, an empty or well-known database
 * password, Keycloak client secrets that are empty, short, or the ones of the test realm, or the demo password as the
 * first administrator's. Each finding is named, so the operator knows what to set.
 */
@Component
public final class ProductionCredentialsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    /** Passwords and secrets of demos, tests, examples and factory defaults. */
    static final Set<String> KNOWN = Set.of("hlj@2026", "it-portal-secret", "it-admin-secret", "root", "password",
            "123456", "admin", "portal", "secret", "changeit", "changeme", "mysql");
    static final int MIN_SECRET_LENGTH = 16;

    private Environment environment;

    ProductionCredentialsCheck() {
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** Before any bean is made: a refused start opens no database connection and no port. */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        verify(environment);
    }

    public static boolean isProduction(Environment environment) {
        return environment.acceptsProfiles(Profiles.of("mysql")) && !environment.acceptsProfiles(Profiles.of("embedded"));
    }

    /** What is wrong with the credentials of a production start; empty when nothing is. */
    public static List<String> findings(Environment environment) {
        var findings = new ArrayList<String>();
        if (environment.getProperty("portal.demo-accounts.enabled", Boolean.class, false)) {
            findings.add("demo accounts are enabled (PORTAL_DEMO_ACCOUNTS)");
        }
        if (environment.getProperty("portal.demo-data.enabled", Boolean.class, false)) {
            findings.add("demo data is enabled (PORTAL_DEMO_DATA)");
        }
        var dbPassword = environment.getProperty("spring.datasource.password", "");
        if (dbPassword.isBlank() || known(dbPassword)) {
            findings.add("the database password is empty or a well-known default (PORTAL_DB_PASSWORD)");
        }
        for (var secret : List.of("portal.keycloak.client-secret", "portal.keycloak.admin-client-secret")) {
            var value = environment.getProperty(secret, "");
            if (value.length() < MIN_SECRET_LENGTH || known(value)) {
                findings.add(secret + " is empty, shorter than " + MIN_SECRET_LENGTH
                        + " characters or a test value");
            }
        }
        var admin = environment.getProperty("portal.bootstrap-admin.password", "");
        if (!admin.isEmpty() && known(admin)) {
            findings.add("the first administrator's password is a demo or default password");
        }
        return findings;
    }

    /** Refuses a production start with any finding. */
    public static void verify(Environment environment) {
        if (!isProduction(environment)) {
            return;
        }
        var findings = findings(environment);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("The production profile refuses to start with demo or default "
                    + "credentials: " + String.join("; ", findings));
        }
    }

    private static boolean known(String value) {
        return KNOWN.contains(value.toLowerCase(Locale.ROOT));
    }
}
