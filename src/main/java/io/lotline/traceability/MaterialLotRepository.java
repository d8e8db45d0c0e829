package io.lotline.traceability;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MaterialLotRepository extends JpaRepository<MaterialLot, Long> {
    Optional<MaterialLot> findByLotNumber(String lotNumber);

    /** Received lots of a material by the supplier's own lot number, as printed on the supplier's label. */
    List<MaterialLot> findByMaterialGtinAndSupplierLotNumber(String gtin, String supplierLotNumber);

    Page<MaterialLot> findAllByOrderByReceivedAtDescIdDesc(Pageable page);

    /** The lot with its row locked until the transaction ends: issues and holds of one lot run one after the other. */
    boolean existsByLotNumber(String lotNumber);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from MaterialLot l where l.lotNumber = :lotNumber")
    Optional<MaterialLot> findForUpdate(String lotNumber);

    /** Released, unexpired lots of a material with stock, in issue order: first expiry first out, then first in. */
    @Query("select l from MaterialLot l where l.material = :material and l.status = io.lotline.traceability.LotStatus.RELEASED"
            + " and l.quantity > 0 and (l.expiresOn is null or l.expiresOn >= :day)"
            + " order by case when l.expiresOn is null then 1 else 0 end, l.expiresOn, l.receivedAt, l.id")
    List<MaterialLot> findInIssueOrder(Material material, LocalDate day, Limit limit);

    @Query("select l.lotNumber from MaterialLot l where l.status in (io.lotline.traceability.LotStatus.RELEASED,"
            + " io.lotline.traceability.LotStatus.CONDITIONALLY_RELEASED) and l.expiresOn < :day order by l.expiresOn")
    List<String> findUsableExpiringBefore(LocalDate day);

    @Query("select l from MaterialLot l where l.status in (io.lotline.traceability.LotStatus.RELEASED,"
            + " io.lotline.traceability.LotStatus.CONDITIONALLY_RELEASED) and l.expiresOn >= :from and l.expiresOn <= :to"
            + " order by l.expiresOn, l.lotNumber")
    List<MaterialLot> findUsableExpiringBetween(LocalDate from, LocalDate to);

    @Query(value = "SELECT NEXT VALUE FOR material_lot_number_seq", nativeQuery = true)
    long nextLotSequence();

    @Query(value = "SELECT NEXT VALUE FOR finished_lot_number_seq", nativeQuery = true)
    long nextFinishedLotSequence();
}
