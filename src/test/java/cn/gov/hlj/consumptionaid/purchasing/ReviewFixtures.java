package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.domain.UserAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.Purchaser;
import cn.gov.hlj.consumptionaid.purchasing.domain.PurchaserRepository;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShare;
import cn.gov.hlj.consumptionaid.purchasing.domain.ReservedShareRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Test data of the reserved-share review: a supervising unit (RV-SUP, the education department's agency) with two
 * universities under it, an unrelated unit, their shares of {@link #YEAR} freshly submitted, and accounts linked to
 * the supervising unit ({@code rv-supervisor}) and to one university ({@code rv-unit}). The demo generator does not
 * link units yet, so the tests make the link themselves.
 */
public class ReviewFixtures {

    public static final int YEAR = 2024;
    public static final String SUPERVISOR_UNIT = "RV-SUP";
    public static final String UNIVERSITY = "RV-UNI-1";
    public static final String OTHER_UNIVERSITY = "RV-UNI-2";
    public static final String UNRELATED = "RV-OTHER";

    private final PurchaserRepository purchasers;
    private final ReservedShareRepository shares;
    private final UserAccountRepository accounts;
    private final TransactionTemplate transactions;

    public ReviewFixtures(PurchaserRepository purchasers, ReservedShareRepository shares, UserAccountRepository accounts,
                   TransactionTemplate transactions) {
        this.purchasers = purchasers;
        this.shares = shares;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    public static ReviewFixtures of(ApplicationContext context) {
        return new ReviewFixtures(context.getBean(PurchaserRepository.class),
                context.getBean(ReservedShareRepository.class), context.getBean(UserAccountRepository.class),
                context.getBean(TransactionTemplate.class));
    }

    /** Creates what is missing and puts every share back to submitted, as filed. */
    public void reset() {
        transactions.executeWithoutResult(status -> {
            var supervisor = unit(SUPERVISOR_UNIT, "黑龙江省教育厅机关（测试）", BudgetUnitKind.AGENCY, null, null);
            unit(UNIVERSITY, "测试大学一", BudgetUnitKind.SCHOOL, SchoolType.UNIVERSITY, supervisor);
            unit(OTHER_UNIVERSITY, "测试大学二", BudgetUnitKind.SCHOOL, SchoolType.UNIVERSITY, supervisor);
            unit(UNRELATED, "无关单位", BudgetUnitKind.AGENCY, null, null);
            shares.deleteAll(shares.findAll((root, query, cb) -> cb.like(root.get("purchaser").get("code"), "RV-%")));
            shares.flush();
            for (var code : new String[] {SUPERVISOR_UNIT, UNIVERSITY, OTHER_UNIVERSITY, UNRELATED}) {
                shares.save(new ReservedShare(purchasers.findByCode(code).orElseThrow(), YEAR, CanteenSituation.OWN,
                        new BigDecimal("100000.00"), new BigDecimal("10.00"), new BigDecimal("10000.00"), null, null,
                        null, null, null));
            }
            account("rv-supervisor", "教育厅机关审核员（测试）", SUPERVISOR_UNIT);
            account("rv-unit", "测试大学一填报员", UNIVERSITY);
        });
    }

    public ReservedShareRow share(String code) {
        return transactions.execute(status -> shares.findAll((root, query, cb) -> cb.and(
                cb.equal(root.get("purchaser").get("code"), code), cb.equal(root.get("year"), YEAR)))
                .getFirst().toRow());
    }

    private Purchaser unit(String code, String name, BudgetUnitKind kind, SchoolType school, Purchaser supervisor) {
        return purchasers.findByCode(code).orElseGet(() -> purchasers.save(new Purchaser(new PurchaserRow(code, name,
                PurchaserType.BUDGET_UNIT, kind, school, AdministrativeLevel.PROVINCE, "EDUCATION", null, "230000",
                CanteenSituation.OWN, null, null, null), supervisor, null, null)));
    }

    private void account(String username, String name, String unitCode) {
        if (!accounts.existsByUsername(username)) {
            var account = new UserAccount(username, name, "EDUCATION", "230000",
                    Set.of(AppRoles.DEPARTMENT_MEMBER), "{noop}unused", false, LocalDateTime.now());
            account.assignUnit(unitCode);
            accounts.save(account);
        }
    }
}
