package io.lotline.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {
    Optional<Inspection> findFirstByProcessInstanceIdOrderByIdDesc(String processInstanceId);

    List<Inspection> findByLotLotNumberOrderByIdAsc(String lotNumber);
}
