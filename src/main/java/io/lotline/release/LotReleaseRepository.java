package io.lotline.release;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LotReleaseRepository extends JpaRepository<LotRelease, Long> {
    Optional<LotRelease> findByLotLotNumber(String lotNumber);
}
