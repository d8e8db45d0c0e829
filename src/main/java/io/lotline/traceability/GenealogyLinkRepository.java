package io.lotline.traceability;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GenealogyLinkRepository extends JpaRepository<GenealogyLink, Long> {
    /** The lots a supplier lot was received as ({@code <supplier code>/<supplier lot number>}), first received first. */
    @Query("select g.childId from GenealogyLink g where g.parentType = io.lotline.traceability.ItemType.SUPPLIER_LOT"
            + " and g.parentId = ?1 order by g.id")
    List<String> findLotsReceivedFrom(String supplierLot);
}
