package io.lotline.production.batch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MaterialConsumptionRepository extends JpaRepository<MaterialConsumption, Long> {
    @Query("select c from MaterialConsumption c join fetch c.lot l join fetch l.material left join fetch c.signature"
            + " where c.batch = :batch order by c.id")
    List<MaterialConsumption> findByBatch(ProductionBatch batch);

    @Query("select c from MaterialConsumption c join fetch c.batch where c.lot.lotNumber = :lotNumber order by c.id")
    List<MaterialConsumption> findByLotNumber(String lotNumber);

    boolean existsByBatch(ProductionBatch batch);
}
