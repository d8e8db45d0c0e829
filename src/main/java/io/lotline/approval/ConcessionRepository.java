package io.lotline.approval;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConcessionRepository extends JpaRepository<Concession, Long> {
    @Query("select c from Concession c left join fetch c.signature where c.lot.lotNumber = :lotNumber order by c.id")
    List<Concession> findByLotNumber(String lotNumber);
}
