package vn.dldcaccess.leavers;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SourceEventRepository extends JpaRepository<SourceEvent, Long> {
    boolean existsByEventKey(String eventKey);

    Optional<SourceEvent> findByEventKey(String eventKey);
}

interface SourceStateRepository extends JpaRepository<SourceState, String> {
}
