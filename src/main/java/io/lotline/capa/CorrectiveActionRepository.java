package io.lotline.capa;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {
    Optional<CorrectiveAction> findByCapaNumber(String capaNumber);

    Optional<CorrectiveAction> findByProcessInstanceId(String processInstanceId);

    Page<CorrectiveAction> findAllByOrderByOpenedAtDescIdDesc(Pageable page);

    @Query("select distinct l.capa from CapaLink l where l.recordType = :recordType and l.recordId in :recordIds")
    List<CorrectiveAction> findLinkedTo(String recordType, List<String> recordIds);

    @Query(value = "SELECT NEXT VALUE FOR capa_number_seq", nativeQuery = true)
    long nextNumber();
}
