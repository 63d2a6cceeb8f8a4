package cn.gov.hlj.consumptionaid.reference.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ProductCategoryRepository extends JpaRepository<ProductCategory, String> {

    List<ProductCategory> findAllByOrderBySortOrderAscCodeAsc();
}
