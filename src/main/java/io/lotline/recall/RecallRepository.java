package io.lotline.recall;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface RecallRepository extends JpaRepository<Recall, Long> {
    Optional<Recall> findByRecallNumber(String recallNumber);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Recall r where r.recallNumber = :recallNumber")
    Optional<Recall> lockByRecallNumber(String recallNumber);

    @Query(value = "select r from Recall r order by r.openedAt desc, r.id desc",
            countQuery = "select count(r) from Recall r")
    Page<Recall> findRecent(Pageable page);

    @Query(value = "SELECT NEXT VALUE FOR recall_number_seq", nativeQuery = true)
    long nextNumber();

    @Query("select i from RecallItem i where i.recall = :recall order by i.itemType, i.itemId")
    List<RecallItem> itemsOf(Recall recall);

    @Query("select c from RecallCustomer c join fetch c.customer where c.recall = :recall order by c.customer.code")
    List<RecallCustomer> customersOf(Recall recall);

    @Query("select c from RecallCustomer c join fetch c.customer where c.recall in :recalls order by c.customer.code")
    List<RecallCustomer> customersOf(List<Recall> recalls);

    @Query("select c from RecallCustomer c join fetch c.customer where c.recall = :recall and c.customer.code = :code")
    Optional<RecallCustomer> customerOf(Recall recall, String code);
}
