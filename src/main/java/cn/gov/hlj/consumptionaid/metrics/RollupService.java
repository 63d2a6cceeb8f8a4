package cn.gov.hlj.consumptionaid.metrics;

import cn.gov.hlj.consumptionaid.metrics.rollup.RollupWriter;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rollup tables the indicators read, kept by the import events in the import's own transaction
 * ({@code RollupListener}); this service rebuilds them from the raw rows, which stay the source of truth. Only an
 * administrator of the whole portal may rebuild.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.ADMIN + "') and @indicatorAccess.administersEverything()")
public class RollupService {

    private final RollupWriter writer;

    RollupService(RollupWriter writer) {
        this.writer = writer;
    }

    /** Empties every rollup table and fills it again from the raw purchases and sales, in one transaction. */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "') and @indicatorAccess.administersEverything()")
    public RebuildReport rebuild() {
        return writer.rebuild();
    }
}
