package io.lotline.production.batch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BatchCavityOutputRepository extends JpaRepository<BatchCavityOutput, Long> {
    List<BatchCavityOutput> findByBatchOrderByCavity(ProductionBatch batch);
}
