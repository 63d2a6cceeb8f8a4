package cn.gov.hlj.consumptionaid.accounts.embedded;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.accounts.PasswordPolicy;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * On a server without demo accounts, the embedded login needs a first administrator: created when the database has
 * no account at all and {@code portal.bootstrap-admin.password} is set. A password that breaks the policy stops the
 * start with the reason.
 */
@Component
@Profile("embedded")
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String username;
    private final String password;

    BootstrapAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                           @Value("${portal.bootstrap-admin.username:admin}") String username,
                           @Value("${portal.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.count() > 0) {
            return;
        }
        PasswordPolicy.violation(username, password).ifPresent(reason -> {
            throw new IllegalStateException("portal.bootstrap-admin.password is not acceptable: " + reason);
        });
        accounts.save(new UserAccount(username, "系统管理员", null, DataScope.PROVINCE, Set.of(AppRoles.ADMIN),
                passwordEncoder.encode(password), false, LocalDateTime.now(clock)));
        log.info("Created the first administrator account '{}'", username);
    }
}
