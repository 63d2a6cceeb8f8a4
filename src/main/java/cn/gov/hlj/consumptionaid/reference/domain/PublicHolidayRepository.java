package cn.gov.hlj.consumptionaid.reference.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface PublicHolidayRepository extends JpaRepository<PublicHoliday, LocalDate> {

    List<PublicHoliday> findByDateBetweenOrderByDate(LocalDate fromInclusive, LocalDate toInclusive);

    List<PublicHoliday> findAllByOrderByDate();

    @Query("select distinct year(h.date) from PublicHoliday h order by 1")
    List<Integer> findYears();
}
