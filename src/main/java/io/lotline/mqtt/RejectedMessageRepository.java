package io.lotline.mqtt;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RejectedMessageRepository extends JpaRepository<RejectedMessage, Long> {
    Page<RejectedMessage> findAllByOrderByReceivedAtDescIdDesc(Pageable page);
}
