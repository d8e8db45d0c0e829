package io.lotline.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {
    Optional<AppUser> findByUsername(String username);

    /** The account row locked until commit, so that concurrent failures and admin actions count one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.username = ?1")
    Optional<AppUser> lockByUsername(String username);

    List<AppUser> findAllByOrderByUsernameAsc();

    @Query("select count(distinct u) from AppUser u join u.roles r where r = io.lotline.security.Role.ADMIN"
            + " and u.status = io.lotline.security.AppUser.StoredStatus.ACTIVE")
    long countActiveAdministrators();
}
