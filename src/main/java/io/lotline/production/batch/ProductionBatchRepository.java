package io.lotline.production.batch;

import io.lotline.environment.Room;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProductionBatchRepository extends JpaRepository<ProductionBatch, Long> {
    Optional<ProductionBatch> findByBatchNumber(String batchNumber);

    boolean existsByBatchNumber(String batchNumber);

    List<ProductionBatch> findByFinishedLotLotNumberOrderByBatchNumber(String lotNumber);

    @Query("select b.batchNumber from ProductionBatch b where b.finishedLot.lotNumber = :lotNumber order by b.batchNumber")
    List<String> findBatchNumbersByFinishedLot(String lotNumber);

    /** The batch with its row locked until the transaction ends: issues, readings and holds of one batch queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from ProductionBatch b where b.batchNumber = :batchNumber")
    Optional<ProductionBatch> findForUpdate(String batchNumber);

    /** The room's batches in the statuses given, locked as {@link #findForUpdate}, in batch-number order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from ProductionBatch b where b.room = :room and b.status in :statuses order by b.batchNumber")
    List<ProductionBatch> findInRoomForUpdate(Room room, Collection<BatchStatus> statuses);

    /** The batches on the machine whose run had started by {@code at} and is not completed, latest start first. */
    @Query("select b.batchNumber from ProductionBatch b where b.machineId = :machineId and b.status in :statuses"
            + " and b.completedAt is null and b.startedAt <= :at order by b.startedAt desc, b.id desc")
    List<String> findRunningOn(String machineId, Collection<BatchStatus> statuses, Instant at, Pageable first);

    @Query("select distinct b.finishedLot.lotNumber from ProductionBatch b where b.room = :room"
            + " and b.finishedLot is not null and b.startedAt <= :to"
            + " and (b.completedAt is null or b.completedAt >= :from) order by b.finishedLot.lotNumber")
    List<String> findFinishedLotsMadeIn(Room room, Instant from, Instant to);

    boolean existsByRoomAndFinishedLotLotNumber(Room room, String lotNumber);

    @Query(value = "select b from ProductionBatch b join fetch b.product order by b.createdAt desc, b.id desc",
            countQuery = "select count(b) from ProductionBatch b")
    Page<ProductionBatch> findRecent(Pageable page);

    @Query(value = "SELECT NEXT VALUE FOR batch_number_seq", nativeQuery = true)
    long nextNumber();
}
