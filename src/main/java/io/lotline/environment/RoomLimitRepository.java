package io.lotline.environment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomLimitRepository extends JpaRepository<RoomLimit, Long> {
    List<RoomLimit> findByRoomOrderByIdAsc(Room room);
}
