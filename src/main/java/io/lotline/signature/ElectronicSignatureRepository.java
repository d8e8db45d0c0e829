package io.lotline.signature;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectronicSignatureRepository extends JpaRepository<ElectronicSignature, Long> {
    List<ElectronicSignature> findByRecordIdOrderByIdAsc(String recordId);
}
