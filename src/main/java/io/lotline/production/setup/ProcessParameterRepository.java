package io.lotline.production.setup;

import io.lotline.traceability.Material;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProcessParameterRepository extends JpaRepository<ProcessParameter, Long> {
    List<ProcessParameter> findByProductOrderByName(Material product);

    @Modifying(flushAutomatically = true)
    @Query("delete from ProcessParameter p where p.product = :product")
    void deleteByProduct(Material product);
}
