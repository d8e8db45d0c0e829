package io.lotline.environment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExcursionRepository extends JpaRepository<Excursion, Long> {
    Optional<Excursion> findByRoomAndParameterAndStatus(Room room, RoomParameter parameter, Excursion.Status status);

    List<Excursion> findByRoomOrderByStartedAtDescIdDesc(Room room);

    /** The room's excursions whose period overlaps from → to, and those that held the batch (a late reading's). */
    @Query("select distinct e from Excursion e left join e.heldBatches held where e.room = :room"
            + " and ((e.startedAt <= :to and (e.endedAt is null or e.endedAt >= :from)) or held.batchNumber = :batch)"
            + " order by e.startedAt desc, e.id desc")
    List<Excursion> findExposing(Room room, String batch, Instant from, Instant to);

    Optional<Excursion> findByExcursionNumber(String excursionNumber);

    @Query("select e.room.code from Excursion e where e.excursionNumber = :excursionNumber")
    Optional<String> findRoomCode(String excursionNumber);

    @Query("select distinct e from Excursion e join e.lots lot where lot.lotNumber = :lotNumber"
            + " order by e.startedAt desc, e.id desc")
    List<Excursion> findNamingLot(String lotNumber);

    @Query(value = "SELECT NEXT VALUE FOR excursion_number_seq", nativeQuery = true)
    long nextNumber();
}
