package io.lotline.dispatch;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {
    Optional<Shipment> findByShipmentNumber(String shipmentNumber);

    @Query(value = "select s from Shipment s join fetch s.customer order by s.shippedAt desc, s.id desc",
            countQuery = "select count(s) from Shipment s")
    Page<Shipment> findRecent(Pageable page);

    @Query("select distinct l.shipment from ShipmentLine l where l.lot.lotNumber = :lotNumber")
    List<Shipment> findByLotNumber(String lotNumber);

    @Query(value = "SELECT NEXT VALUE FOR shipment_number_seq", nativeQuery = true)
    long nextNumber();
}
