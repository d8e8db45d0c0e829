package io.lotline.production.setup;

import io.lotline.traceability.Material;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BomLineRepository extends JpaRepository<BomLine, Long> {
    @Query("select b from BomLine b join fetch b.component where b.product = :product order by b.component.partNumber")
    List<BomLine> findByProduct(Material product);

    @Modifying(flushAutomatically = true)
    @Query("delete from BomLine b where b.product = :product")
    void deleteByProduct(Material product);
}
