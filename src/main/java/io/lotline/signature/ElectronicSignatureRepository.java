package io.lotline.signature;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ElectronicSignatureRepository extends JpaRepository<ElectronicSignature, Long> {
    List<ElectronicSignature> findByRecordIdOrderByIdAsc(String recordId);

    List<ElectronicSignature> findByRecordIdInOrderByIdAsc(Collection<String> recordIds);

    @Query("""
            SELECT s FROM ElectronicSignature s
             WHERE (:userId IS NULL OR s.userId = :userId)
               AND (:meaning IS NULL OR s.meaning = :meaning)
               AND (:recordId IS NULL OR s.recordId = :recordId)
             ORDER BY s.id DESC""")
    List<ElectronicSignature> search(String userId, SignatureMeaning meaning, String recordId, Pageable page);
}
