package io.lotline.environment;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoomReadingRepository extends JpaRepository<RoomReading, Long> {
    long countByRoom(Room room);
}
