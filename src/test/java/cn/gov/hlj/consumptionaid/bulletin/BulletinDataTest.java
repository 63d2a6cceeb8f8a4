package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.metrics.MetricsTestData;
import cn.gov.hlj.consumptionaid.purchasing.PurchasesImported;
import cn.gov.hlj.consumptionaid.sales.SalesImported;
import cn.gov.hlj.consumptionaid.support.IntegrationTest;
import cn.gov.hlj.consumptionaid.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The bulletin tests' common ground: the bulletin test database (schedule off), generated purchasers, shares, purchases
 * and sales imported once per class through the import events (so the rollups hold them), and {@link #signIn}, signed
 * out after each test. Each class gives its own seed and sizes.
 */
@IntegrationTest
@TestPropertySource(properties = {"portal.test.database=bulletin", "portal.bulletin.schedule.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulletinDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    SignIn signIn;

    private final int seed;
    private final int purchasers;
    private final int purchases;
    private final int sales;

    BulletinDataTest(int seed, int purchasers, int purchases, int sales) {
        this.seed = seed;
        this.purchasers = purchasers;
        this.purchases = purchases;
        this.sales = sales;
    }

    @BeforeAll
    void importSomeData() {
        var data = new MetricsTestData(jdbc, seed, LocalDate.now(clock));
        transaction.executeWithoutResult(status -> {
            data.registry(purchasers);
            events.publishEvent(new PurchasesImported(data.purchaseBatch(purchases), purchases));
            events.publishEvent(new SalesImported(data.saleBatch(sales), sales));
        });
    }

    @BeforeEach
    void newSignIn() {
        signIn = new SignIn(users, holder);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }
}
