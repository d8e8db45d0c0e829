package io.lotline.release;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LotReleaseRepository extends JpaRepository<LotRelease, Long> {
    /** The latest decision on the lot: a reworked lot is decided again in a release review of its own. */
    Optional<LotRelease> findFirstByLotLotNumberOrderByIdDesc(String lotNumber);

    Optional<LotRelease> findByProcessInstanceId(String processInstanceId);
}
