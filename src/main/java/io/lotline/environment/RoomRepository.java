package io.lotline.environment;

import io.lotline.traceability.NotFoundException;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RoomRepository extends JpaRepository<Room, Long> {
    Optional<Room> findByCode(String code);

    /** The room, locked until the transaction ends: readings of one room are evaluated one request at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Room r where r.code = :code")
    Optional<Room> lockByCode(String code);

    List<Room> findAllByOrderByCodeAsc();

    default Room require(String code) {
        return findByCode(code).orElseThrow(() -> notFound(code));
    }

    /** The room, locked as {@link #lockByCode}; 404 when there is none. */
    default Room requireLocked(String code) {
        return lockByCode(code).orElseThrow(() -> notFound(code));
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("Room " + code + " does not exist");
    }
}
