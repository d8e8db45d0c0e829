package io.lotline.traceability;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GenealogyLinkRepository extends JpaRepository<GenealogyLink, Long> {
    List<GenealogyLink> findByChildTypeAndChildId(ItemType childType, String childId);
}
