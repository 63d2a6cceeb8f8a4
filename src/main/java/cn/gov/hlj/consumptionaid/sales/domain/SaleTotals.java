package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.SalesTotal;
import org.springframework.data.jpa.domain.Specification;

/** Count and sum of the sales a specification selects, in one query. */
public interface SaleTotals {

    SalesTotal total(Specification<Sale> specification);
}
