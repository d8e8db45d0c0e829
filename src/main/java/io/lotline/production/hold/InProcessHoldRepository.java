package io.lotline.production.hold;

import io.lotline.production.batch.ProductionBatch;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InProcessHoldRepository extends JpaRepository<InProcessHold, Long> {
    Optional<InProcessHold> findByHoldNumber(String holdNumber);

    boolean existsByHoldNumber(String holdNumber);

    Optional<InProcessHold> findByProcessInstanceId(String processInstanceId);

    @Query("select h from InProcessHold h left join fetch h.signature where h.batch = :batch order by h.id")
    List<InProcessHold> findByBatch(ProductionBatch batch);

    @Query("select h from InProcessHold h where h.batch = :batch and h.status <> io.lotline.production.hold.InProcessHold.Status.CLOSED")
    Optional<InProcessHold> findOpenByBatch(ProductionBatch batch);

    @Query(value = "SELECT NEXT VALUE FOR hold_number_seq", nativeQuery = true)
    long nextNumber();
}
