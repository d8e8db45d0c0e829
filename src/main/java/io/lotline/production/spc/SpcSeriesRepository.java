package io.lotline.production.spc;

import io.lotline.production.batch.ProductionBatch;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpcSeriesRepository extends JpaRepository<SpcSeries, Long> {
    List<SpcSeries> findByBatchOrderByParameterAscCavityAsc(ProductionBatch batch);
}
