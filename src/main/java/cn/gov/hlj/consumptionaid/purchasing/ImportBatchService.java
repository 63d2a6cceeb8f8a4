package cn.gov.hlj.consumptionaid.purchasing;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatch;
import cn.gov.hlj.consumptionaid.purchasing.domain.ImportBatchRepository;
import cn.gov.hlj.consumptionaid.shared.importing.ImportBatchRow;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The import batches of the module (数据可追溯): which file, its SHA-256, who imported it and when, and what it did.
 * A department sees the batches its members imported; leaders and cross-department roles see all.
 */
@Service
@PreAuthorize("hasAnyAuthority('" + AppRoles.DASHBOARD_OWN_VIEW + "', '" + AppRoles.DASHBOARD_ALL_VIEW + "')")
public class ImportBatchService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("importedAt"), Sort.Order.desc("id"));

    private final ImportBatchRepository batches;
    private final CurrentUser currentUser;

    ImportBatchService(ImportBatchRepository batches, CurrentUser currentUser) {
        this.batches = batches;
        this.currentUser = currentUser;
    }

    /** The batches the user may see, newest first, optionally of one type ({@code null}: all types). */
    @Transactional(readOnly = true)
    public List<ImportBatchRow> list(ImportType type, Pageable pageable) {
        var page = pageable.isUnpaged() ? Pageable.unpaged(NEWEST_FIRST)
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return batches.findAll(visible(type), page).map(ImportBatch::toRow).getContent();
    }

    @Transactional(readOnly = true)
    public long count(ImportType type) {
        return batches.count(visible(type));
    }

    private Specification<ImportBatch> visible(ImportType type) {
        var scope = currentUser.require().scope();
        return (root, query, cb) -> {
            var ofType = type == null ? cb.conjunction() : cb.equal(root.get("type"), type);
            if (scope.allDepartments()) {
                return ofType;
            }
            return scope.departments().isEmpty() ? cb.disjunction()
                    : cb.and(ofType, root.get("departmentCode").in(scope.departments()));
        };
    }
}
