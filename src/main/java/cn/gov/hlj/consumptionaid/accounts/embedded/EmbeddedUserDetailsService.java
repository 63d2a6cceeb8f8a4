package cn.gov.hlj.consumptionaid.accounts.embedded;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/** Loads accounts of the embedded login from the database. */
@Component
@Profile("!keycloak")
class EmbeddedUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    EmbeddedUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AccountPrincipal(toAppUser(account), account.getPasswordHash(), account.isEnabled(),
                account.isLocked(LocalDateTime.now(clock)));
    }

    static AppUser toAppUser(UserAccount account) {
        return new AppUser(account.getUsername(), account.getDisplayName(), account.getDepartmentCode(),
                account.getRegionCode(), account.getRoles(), account.getPreferredLocale(), account.getUnitCode());
    }
}
