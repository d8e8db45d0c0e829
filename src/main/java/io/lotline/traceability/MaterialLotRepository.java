package io.lotline.traceability;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaterialLotRepository extends JpaRepository<MaterialLot, Long> {
    Optional<MaterialLot> findByLotNumber(String lotNumber);

    List<MaterialLot> findTop200ByOrderByReceivedAtDesc();

    @Query("select l.lotNumber from MaterialLot l where l.status in (io.lotline.traceability.LotStatus.RELEASED,"
            + " io.lotline.traceability.LotStatus.CONDITIONALLY_RELEASED) and l.expiresOn < :day order by l.expiresOn")
    List<String> findUsableExpiringBefore(LocalDate day);

    @Query("select l from MaterialLot l where l.status in (io.lotline.traceability.LotStatus.RELEASED,"
            + " io.lotline.traceability.LotStatus.CONDITIONALLY_RELEASED) and l.expiresOn >= :from and l.expiresOn <= :to"
            + " order by l.expiresOn, l.lotNumber")
    List<MaterialLot> findUsableExpiringBetween(LocalDate from, LocalDate to);

    @Query(value = "SELECT NEXT VALUE FOR material_lot_number_seq", nativeQuery = true)
    long nextLotSequence();
}
