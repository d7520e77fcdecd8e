package vn.dldcaccess.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {
    List<Notification> findByReferenceOrderByIdAsc(String reference);

    List<Notification> findByRecipientUsernameOrderByIdDesc(String recipientUsername, Pageable page);

    List<Notification> findAllByOrderByIdDesc(Pageable page);
}
