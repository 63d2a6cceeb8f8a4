package cn.gov.hlj.consumptionaid.metrics.rollup;

import cn.gov.hlj.consumptionaid.purchasing.PurchasesImported;
import cn.gov.hlj.consumptionaid.sales.SalesImported;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the rollups in step with the imports: synchronous listeners, so the batch's rollup rows are written in the
 * import's own transaction and commit or roll back with its raw rows. Rows the import still holds in the persistence
 * context are flushed first, since the rollup statements read the tables with plain SQL.
 */
@Component
class RollupListener {

    private final RollupWriter writer;

    @PersistenceContext
    private EntityManager entityManager;

    RollupListener(RollupWriter writer) {
        this.writer = writer;
    }

    @EventListener
    void on(PurchasesImported event) {
        flushPendingRows();
        writer.addPurchaseBatch(event.batchId());
    }

    @EventListener
    void on(SalesImported event) {
        flushPendingRows();
        writer.addSaleBatch(event.batchId());
    }

    private void flushPendingRows() {
        if (TransactionSynchronizationManager.isActualTransactionActive() && entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
    }
}
