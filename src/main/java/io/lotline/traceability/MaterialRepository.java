package io.lotline.traceability;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaterialRepository extends JpaRepository<Material, Long> {
    Optional<Material> findByPartNumber(String partNumber);

    boolean existsByGtin(String gtin);

    List<Material> findAllByOrderByPartNumber();
}
