package io.lotline.environment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomReadingRepository extends JpaRepository<RoomReading, Long> {
    long countByRoom(Room room);

    List<RoomReading> findTop50ByRoomOrderByTakenAtDescIdDesc(Room room);

    List<RoomReading> findTop200ByRoomAndParameterOrderByTakenAtDescIdDesc(Room room, RoomParameter parameter);

    List<RoomReading> findTop200ByRoomAndParameterAndTakenAtBeforeOrderByTakenAtDescIdDesc(Room room,
                                                                                          RoomParameter parameter,
                                                                                          Instant before);
}
