package io.lotline.traceability;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GenealogyLinkRepository extends JpaRepository<GenealogyLink, Long> {}
