package vn.dldcaccess.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;

interface SpecialDayRepository extends JpaRepository<SpecialDay, LocalDate> {
}
