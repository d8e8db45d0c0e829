package io.lotline.traceability;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {
    Optional<Customer> findByCode(String code);

    boolean existsByCode(String code);

    List<Customer> findAllByOrderByCode();
}
