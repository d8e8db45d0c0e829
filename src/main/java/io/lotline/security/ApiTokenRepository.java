package io.lotline.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {
    Optional<ApiToken> findByTokenHash(String tokenHash);

    boolean existsByName(String name);

    List<ApiToken> findAllByOrderByIdDesc();

    /** Without the version: the last-use time is a note, not a change anyone could lose. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = ?2 where t.id = ?1")
    void markUsed(Long id, Instant at);
}
