package io.lotline.environment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MachineRepository extends JpaRepository<Machine, Long> {
    @EntityGraph(attributePaths = "room")
    Optional<Machine> findByMachineId(String machineId);

    /** The machine, locked until the transaction ends, so two changes of one machine are audited one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Machine m where m.machineId = :machineId")
    Optional<Machine> lockByMachineId(String machineId);

    @EntityGraph(attributePaths = "room")
    List<Machine> findAllByOrderByMachineIdAsc();

    @EntityGraph(attributePaths = "room")
    List<Machine> findByRoomOrderByMachineIdAsc(Room room);
}
