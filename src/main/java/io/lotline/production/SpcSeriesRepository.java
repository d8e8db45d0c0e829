package io.lotline.production;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpcSeriesRepository extends JpaRepository<SpcSeries, Long> {
    List<SpcSeries> findByBatchOrderByParameterAscCavityAsc(ProductionBatch batch);
}
