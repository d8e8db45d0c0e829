package io.lotline.production.spc;

import io.lotline.production.batch.ProductionBatch;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpcViolationRepository extends JpaRepository<SpcViolation, Long> {
    @Query("select v from SpcViolation v left join fetch v.hold where v.batch = :batch order by v.id")
    List<SpcViolation> findByBatch(ProductionBatch batch);
}
