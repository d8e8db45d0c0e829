package io.lotline.environment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomLimitRepository extends JpaRepository<RoomLimit, Long> {
    List<RoomLimit> findByRoomOrderByIdAsc(Room room);

    Optional<RoomLimit> findByRoomAndParameter(Room room, RoomParameter parameter);
}
