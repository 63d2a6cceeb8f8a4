package cn.gov.hlj.consumptionaid.reference.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DepartmentRepository extends JpaRepository<Department, String> {

    List<Department> findAllByOrderBySortOrderAscCodeAsc();
}
