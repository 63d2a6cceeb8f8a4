package cn.gov.hlj.consumptionaid.metrics.rollup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the rollups on start when they are empty but raw rows exist: the embedded demo data is written by JDBC
 * without import events. Ordered after the demo-data runners. Off with {@code portal.metrics.rebuild-on-start=false}
 * (the benchmark times the rebuild itself).
 */
@Component
@Order(1000)
@ConditionalOnBooleanProperty(name = "portal.metrics.rebuild-on-start", matchIfMissing = true)
class RollupStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RollupStartup.class);

    private final RollupWriter writer;
    private final TransactionTemplate transaction;

    RollupStartup(RollupWriter writer, TransactionTemplate transaction) {
        this.writer = writer;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (writer.emptyButRawRowsExist()) {
                log.info("The rollups are empty but purchases or sales exist: rebuilding them");
                writer.rebuild();
            }
        });
    }
}
