package vn.dldcaccess.notification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DigestEntryRepository extends JpaRepository<DigestEntry, Long> {
    List<DigestEntry> findByDigestedAtIsNullOrderByRecipientUsernameAscIdAsc();
}
