package vn.dldcaccess.revocation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RevocationRepository extends JpaRepository<Revocation, Long> {
    boolean existsByOpenPerson(String person);

    List<Revocation> findByAgencyCodeOrderByIdAsc(String agencyCode);

    List<Revocation> findByStatus(String status);
}
