package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.shared.jobs.Progress;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * Generates the provincial progress bulletin of the month just ended, on the day of the month given by
 * {@code portal.bulletin.monthly-day} (default the 5th, 06:00 Asia/Shanghai; {@code portal.bulletin.cron} replaces the
 * whole schedule). ShedLock (table {@code shedlock}) lets only one instance of a cluster run it at a time, and a period
 * that already has a bulletin is skipped, so each period gets exactly one scheduled bulletin however often the job
 * fires. It runs as the system editor
 * {@value #SYSTEM_USER}, so the archive names who generated it and the indicator service's checks apply as usual.
 */
@Component
public class BulletinScheduler {

    static final String SYSTEM_USER = "system-bulletin";

    private static final Logger log = LoggerFactory.getLogger(BulletinScheduler.class);

    private record SystemPrincipal(AppUser appUser) implements AppUserPrincipal, AuthenticatedPrincipal {

        /** The name the audit trail records. */
        @Override
        public String getName() {
            return appUser.username();
        }

        @Override
        public AppUser getAppUser() {
            return appUser;
        }
    }

    private final BulletinService bulletins;
    private final SecurityContextHolderStrategy contextHolder;
    private final Clock clock;

    BulletinScheduler(BulletinService bulletins, ObjectProvider<SecurityContextHolderStrategy> contextHolder,
                      Clock clock) {
        this.bulletins = bulletins;
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.bulletin.cron:0 0 6 ${portal.bulletin.monthly-day:5} * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "monthly-progress-bulletin", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${portal.bulletin.lock-at-least-for:PT1M}")
    public void monthly() {
        var month = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        // One line per run that holds the lock: the instances of a cluster can be checked against each other.
        log.info("Scheduled bulletin run for {} on this instance", month);
        generateMonthly(month);
    }

    /**
     * The provincial progress bulletin of a month, unless one exists.
     *
     * @return the bulletin generated, or empty when the month already had one
     */
    public Optional<BulletinRow> generateMonthly(YearMonth month) {
        var previous = contextHolder.getContext();
        var context = contextHolder.createEmptyContext();
        var user = new AppUser(SYSTEM_USER, SYSTEM_USER, null, DataScope.PROVINCE, Set.of(AppRoles.BULLETIN_EDITOR),
                null, null);
        var authorities = AppRoles.authoritiesOf(user.roles()).stream().map(SimpleGrantedAuthority::new).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SystemPrincipal(user), null,
                authorities));
        contextHolder.setContext(context);
        try {
            var request = BulletinRequest.monthly(month.getYear(), month.getMonthValue(), DataScope.PROVINCE);
            if (bulletins.exists(request)) {
                log.info("The progress bulletin of {} exists; the schedule skips it", month);
                return Optional.empty();
            }
            return Optional.of(bulletins.generate(request, Progress.NONE));
        } finally {
            contextHolder.setContext(previous);
        }
    }
}
