package io.lotline.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {
    List<SecurityEvent> findByOccurredAtGreaterThanEqualOrderByIdDesc(Instant since, Pageable page);
}
