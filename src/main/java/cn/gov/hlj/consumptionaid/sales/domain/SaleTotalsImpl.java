package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.SalesTotal;
import jakarta.persistence.EntityManager;
import org.springframework.data.jpa.domain.Specification;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The query behind {@link SaleTotals}, a fragment of {@link SaleRepository}. */
class SaleTotalsImpl implements SaleTotals {

    private final EntityManager entityManager;

    SaleTotalsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public SalesTotal total(Specification<Sale> specification) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Sale.class);
        var predicate = specification.toPredicate(root, query, cb);
        var count = cb.count(root);
        var sum = cb.sum(root.<BigDecimal>get("amount"));
        query.multiselect(count, sum);
        if (predicate != null) {
            query.where(predicate);
        }
        var tuple = entityManager.createQuery(query).getSingleResult();
        var amount = tuple.get(sum);
        return new SalesTotal(tuple.get(count), (amount == null ? BigDecimal.ZERO : amount)
                .setScale(2, RoundingMode.HALF_UP));
    }
}
