package io.lotline.traceability;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GenealogyLinkRepository extends JpaRepository<GenealogyLink, Long> {
    /** The lots a supplier lot was received as ({@code <supplier code>/<supplier lot number>}), first received first. */
    @Query("select g.childId from GenealogyLink g where g.parentType = io.lotline.traceability.ItemType.SUPPLIER_LOT"
            + " and g.parentId = ?1 order by g.id")
    List<String> findLotsReceivedFrom(String supplierLot);

    /** The lot a lot was split off, if it was. */
    @Query("select g.parentId from GenealogyLink g where g.parentType = io.lotline.traceability.ItemType.MATERIAL_LOT"
            + " and g.childType = io.lotline.traceability.ItemType.MATERIAL_LOT and g.childId = ?1")
    Optional<String> findSplitParent(String lotNumber);
}
