package vn.dldcaccess.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<AgencyEntity, String> {
}

interface UnitRepository extends JpaRepository<UnitEntity, String> {
}

interface PersonRepository extends JpaRepository<PersonEntity, String> {
    java.util.List<PersonEntity> findByLeftOnIsNull();
}
