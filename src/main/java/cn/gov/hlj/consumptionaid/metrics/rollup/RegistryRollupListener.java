package cn.gov.hlj.consumptionaid.metrics.rollup;

import cn.gov.hlj.consumptionaid.purchasing.PurchasersImported;
import cn.gov.hlj.consumptionaid.purchasing.ReservedShareStatusChanged;
import cn.gov.hlj.consumptionaid.purchasing.ReservedSharesImported;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the registry rollups in step with the purchaser and share imports and the share reviews: synchronous
 * listeners, so the rollup rows change in the import's or review's own transaction and commit or roll back with it.
 * Rows the change still holds in the persistence context are flushed first, since the rollup statements read the
 * tables with plain SQL.
 */
@Component
class RegistryRollupListener {

    private final RegistryRollups registry;

    @PersistenceContext
    private EntityManager entityManager;

    RegistryRollupListener(RegistryRollups registry) {
        this.registry = registry;
    }

    @EventListener
    void on(PurchasersImported event) {
        flushPendingRows();
        registry.addPurchaserBatch(event.batchId());
    }

    @EventListener
    void on(ReservedSharesImported event) {
        flushPendingRows();
        registry.addShareBatch(event.batchId());
    }

    @EventListener
    void on(ReservedShareStatusChanged event) {
        flushPendingRows();
        registry.shareCounted(event.shareId(), event.countedChange());
    }

    private void flushPendingRows() {
        if (TransactionSynchronizationManager.isActualTransactionActive() && entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
    }
}
