package cn.gov.hlj.consumptionaid.accounts.embedded;

import cn.gov.hlj.consumptionaid.accounts.domain.UserAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Demo accounts of the embedded mode, one or more per role, all with the password {@value #PASSWORD}. Created on
 * start-up when missing; never in the production profiles ({@code portal.demo-accounts.enabled=false} there).
 */
@Component
@Profile("embedded")
@ConditionalOnBooleanProperty("portal.demo-accounts.enabled")
// Before the demo data, so the accounts can sign in while two years of orders are still being written.
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Hlj@2026";

    private static final String PROVINCE = "230000";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** The README lists these accounts; keep the two in step. */
    static final List<Demo> ACCOUNTS = List.of(
            new Demo("leader", "王建国（省领导）", null, PROVINCE, AppRoles.LEADER),
            new Demo("admin", "系统管理员", null, PROVINCE, AppRoles.ADMIN),
            new Demo("finance-admin", "财政厅账号管理员", "FINANCE", PROVINCE, AppRoles.ADMIN,
                    AppRoles.DEPARTMENT_MEMBER),
            new Demo("poverty-office", "省扶贫办专班", "POVERTY_OFFICE", PROVINCE, AppRoles.DEPARTMENT_MEMBER),
            new Demo("cyberspace", "省委网信办专班", "CYBERSPACE", PROVINCE, AppRoles.DEPARTMENT_MEMBER),
            new Demo("finance", "省财政厅专班", "FINANCE", PROVINCE, AppRoles.DEPARTMENT_MEMBER),
            new Demo("education", "省教育厅专班", "EDUCATION", PROVINCE, AppRoles.DEPARTMENT_MEMBER),
            // The education department's own agency unit, which supervises the provincial universities and reviews
            // their reserved shares (unit code of the demo purchasers: 黑龙江省教育厅机关).
            new Demo("edu-agency", "省教育厅机关（高校主管单位）", "EDUCATION", PROVINCE, Set.of(AppRoles.DEPARTMENT_MEMBER),
                    "230000-0004"),
            new Demo("agriculture", "省农业农村厅专班", "AGRICULTURE", PROVINCE, AppRoles.DEPARTMENT_MEMBER),
            new Demo("commerce", "省商务厅专班", "COMMERCE", PROVINCE, AppRoles.DEPARTMENT_MEMBER),
            new Demo("sasac", "省国资委专班", "SASAC", PROVINCE, AppRoles.DEPARTMENT_MEMBER),
            new Demo("development-reform", "省发展改革委专班", "DEVELOPMENT_REFORM", PROVINCE,
                    AppRoles.DEPARTMENT_MEMBER),
            new Demo("supply-cooperative", "省供销社专班", "SUPPLY_COOPERATIVE", PROVINCE,
                    AppRoles.DEPARTMENT_MEMBER),
            new Demo("commerce-federation", "省工商联专班", "COMMERCE_FEDERATION", PROVINCE,
                    AppRoles.DEPARTMENT_MEMBER),
            new Demo("yanshou-reviewer", "延寿县扶贫办审核员", "POVERTY_OFFICE", "230129", AppRoles.COUNTY_REVIEWER),
            new Demo("harbin-reviewer", "哈尔滨市扶贫办审核员", "POVERTY_OFFICE", "230100", AppRoles.CITY_REVIEWER),
            new Demo("province-reviewer", "省扶贫办复核员", "POVERTY_OFFICE", PROVINCE, AppRoles.PROVINCE_REVIEWER),
            new Demo("supervisor", "监督员", null, PROVINCE, AppRoles.SUPERVISOR),
            new Demo("bulletin-editor", "通报编辑", "POVERTY_OFFICE", PROVINCE, AppRoles.BULLETIN_EDITOR));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = null;
        int created = 0;
        for (var demo : ACCOUNTS) {
            if (!accounts.existsByUsername(demo.username())) {
                // One hash for all: BCrypt is slow on purpose, and the demo password is the same anyway.
                hash = hash == null ? passwordEncoder.encode(PASSWORD) : hash;
                var account = new UserAccount(demo.username(), demo.displayName(), demo.departmentCode(),
                        demo.regionCode(), demo.roles(), hash, false, LocalDateTime.now(clock));
                account.assignUnit(demo.unitCode());
                accounts.save(account);
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password {}); see README.md", created, PASSWORD);
        }
    }

    record Demo(String username, String displayName, String departmentCode, String regionCode, Set<String> roles,
                String unitCode) {

        Demo(String username, String displayName, String departmentCode, String regionCode, String... roles) {
            this(username, displayName, departmentCode, regionCode, Set.of(roles), null);
        }
    }
}
