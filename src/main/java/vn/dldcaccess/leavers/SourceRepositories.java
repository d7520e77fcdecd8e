package vn.dldcaccess.leavers;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface SourceEventRepository extends JpaRepository<SourceEvent, Long> {
    @org.springframework.data.jpa.repository.Query("select count(e) > 0 from SourceEvent e where e.eventKey = ?1")
    boolean existsByEventKey(String eventKey);

    Optional<SourceEvent> findByEventKey(String eventKey);
}

interface SourceStateRepository extends JpaRepository<SourceState, String> {
}
