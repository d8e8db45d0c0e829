package io.lotline.supplier;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SupplierMaterialQualityRepository extends JpaRepository<SupplierMaterialQuality, Long> {
    Optional<SupplierMaterialQuality> findBySupplierIdAndMaterialId(Long supplierId, Long materialId);

    /** Serialises updates of one history: receipts and inspections of the same supplier's material queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from SupplierMaterialQuality q where q.supplier.id = :supplierId and q.material.id = :materialId")
    Optional<SupplierMaterialQuality> lock(Long supplierId, Long materialId);

    @Query("select q from SupplierMaterialQuality q join fetch q.material where q.supplier.code = :supplierCode"
            + " order by q.material.partNumber")
    List<SupplierMaterialQuality> findBySupplierCode(String supplierCode);
}
