package io.lotline.environment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExcursionRepository extends JpaRepository<Excursion, Long> {
    Optional<Excursion> findByRoomAndParameterAndStatus(Room room, RoomParameter parameter, Excursion.Status status);

    List<Excursion> findByRoomOrderByStartedAtDescIdDesc(Room room);

    @Query(value = "SELECT NEXT VALUE FOR excursion_number_seq", nativeQuery = true)
    long nextNumber();
}
