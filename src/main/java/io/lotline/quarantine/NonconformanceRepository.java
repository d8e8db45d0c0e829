package io.lotline.quarantine;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NonconformanceRepository extends JpaRepository<Nonconformance, Long> {
    /** Those on the lot, those opened on it before a split, and the SPLIT that accepted it. */
    @Query("select n from Nonconformance n left join n.acceptedLot a where n.lot.lotNumber = :lotNumber"
            + " or n.originLot.lotNumber = :lotNumber or a.lotNumber = :lotNumber order by n.id")
    List<Nonconformance> findByLotNumber(String lotNumber);

    @Query("select n from Nonconformance n join fetch n.lot l where l.status = io.lotline.traceability.LotStatus.QUARANTINED"
            + " and n.status in (io.lotline.quarantine.Nonconformance.Status.OPEN, io.lotline.quarantine.Nonconformance.Status.RECORDED,"
            + " io.lotline.quarantine.Nonconformance.Status.DISPOSITIONED) order by n.openedAt")
    List<Nonconformance> findOpenOnQuarantinedLots();

    Optional<Nonconformance> findByProcessInstanceId(String processInstanceId);

    boolean existsByNumber(String number);

    @Query(value = "SELECT NEXT VALUE FOR nonconformance_number_seq", nativeQuery = true)
    long nextNumber();
}
