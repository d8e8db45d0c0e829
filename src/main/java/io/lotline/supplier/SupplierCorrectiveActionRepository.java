package io.lotline.supplier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplierCorrectiveActionRepository extends JpaRepository<SupplierCorrectiveAction, Long> {
    List<SupplierCorrectiveAction> findBySupplierCodeOrderByIdDesc(String supplierCode);

    long countBySupplierCode(String supplierCode);
}
