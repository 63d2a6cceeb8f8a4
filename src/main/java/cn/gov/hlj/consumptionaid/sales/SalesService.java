package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.sales.domain.Sale;
import cn.gov.hlj.consumptionaid.sales.domain.SaleRepository;
import cn.gov.hlj.consumptionaid.sales.domain.SaleSpecifications;
import cn.gov.hlj.consumptionaid.sales.domain.SalesImportBatch;
import cn.gov.hlj.consumptionaid.sales.domain.SalesImportBatchRepository;
import cn.gov.hlj.consumptionaid.shared.importing.ImportBatchRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sales a user may see: their departments' lens (see {@link SalesLens}) within their region, filtered, paged and
 * totalled, with the import batches they came from.
 */
@Service
@PreAuthorize(SalesAccess.SALES_READ)
public class SalesService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("saleDate"), Sort.Order.desc("id"));

    private final SaleRepository sales;
    private final SalesImportBatchRepository batches;
    private final ReferenceService reference;
    private final CurrentUser currentUser;

    SalesService(SaleRepository sales, SalesImportBatchRepository batches, ReferenceService reference,
                 CurrentUser currentUser) {
        this.sales = sales;
        this.batches = batches;
        this.reference = reference;
        this.currentUser = currentUser;
    }

    /** The signed-in user's lens; {@link SalesLens#isEmpty()} for a department that has no sales data. */
    @Transactional(readOnly = true)
    public SalesLens lens() {
        return SalesLens.of(currentUser.require().scope(), reference.channels());
    }

    /** One page of the sales the filter selects, newest first unless sorted otherwise. */
    @Transactional(readOnly = true)
    public List<SaleRow> list(SaleFilter filter, Pageable pageable) {
        var spec = SaleSpecifications.matching(Objects.requireNonNull(filter), lens());
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : NEWEST_FIRST;
        var found = pageable.isUnpaged() ? sales.findAll(spec, sort)
                : sales.findBy(spec, query -> query
                        .slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))).getContent();
        return found.stream().map(Sale::toRow).toList();
    }

    @Transactional(readOnly = true)
    public long count(SaleFilter filter) {
        return sales.count(SaleSpecifications.matching(Objects.requireNonNull(filter), lens()));
    }

    /** Number of records and amount of what the filter selects. */
    @Transactional(readOnly = true)
    public SalesTotal total(SaleFilter filter) {
        return sales.total(SaleSpecifications.matching(Objects.requireNonNull(filter), lens()));
    }

    /**
     * An import batch, when the user may see it: a batch of their own department, or any batch for a lens that
     * covers everything.
     */
    @Transactional(readOnly = true)
    public Optional<ImportBatchRow> batch(long id) {
        var user = currentUser.require();
        var everything = lens().everything();
        return batches.findById(id)
                .filter(b -> everything || Objects.equals(b.getDepartmentCode(), user.departmentCode()))
                .map(SalesImportBatch::toRow);
    }
}
