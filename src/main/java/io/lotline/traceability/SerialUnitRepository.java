package io.lotline.traceability;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SerialUnitRepository extends JpaRepository<SerialUnit, Long> {
    @EntityGraph(attributePaths = "lot")
    Optional<SerialUnit> findBySerial(String serial);

    @EntityGraph(attributePaths = "lot")
    Optional<SerialUnit> findByGtinAndSerial(String gtin, String serial);

    /** The lot of a serial, without loading the unit (so that it is read only after its lot is locked). */
    @Query("select s.lot.lotNumber from SerialUnit s where s.serial = :serial")
    Optional<String> findLotNumberOfSerial(String serial);

    long countByLot(MaterialLot lot);

    long countByLotAndStatus(MaterialLot lot, SerialStatus status);

    List<SerialUnit> findByLotOrderById(MaterialLot lot);

    List<SerialUnit> findByLotAndStatusOrderById(MaterialLot lot, SerialStatus status);
}
