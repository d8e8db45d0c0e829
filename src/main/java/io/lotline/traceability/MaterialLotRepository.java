package io.lotline.traceability;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaterialLotRepository extends JpaRepository<MaterialLot, Long> {
    Optional<MaterialLot> findByLotNumber(String lotNumber);

    List<MaterialLot> findTop200ByOrderByReceivedAtDesc();

    @Query(value = "SELECT NEXT VALUE FOR material_lot_number_seq", nativeQuery = true)
    long nextLotSequence();
}
