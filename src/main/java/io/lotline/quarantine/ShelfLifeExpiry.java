package io.lotline.quarantine;

import io.lotline.traceability.LotStatus;
import io.lotline.traceability.LotStatusService;
import io.lotline.traceability.MaterialLot;
import io.lotline.traceability.MaterialLotRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves usable lots past their expiry date to EXPIRED and puts each into a quarantine process of its own, whose
 * disposition decides what becomes of it. Idempotent, and safe on several nodes: the scheduled run takes a cluster
 * lock, and each lot changes in its own transaction under its row lock, so even two runs at once expire a lot once.
 */
@Component
public class ShelfLifeExpiry {
    static final String LOCK_NAME = "shelf-life-expiry";
    private static final Logger LOG = LoggerFactory.getLogger(ShelfLifeExpiry.class);

    private final MaterialLotRepository lots;
    private final LotStatusService lotStatus;
    private final QuarantineService quarantine;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ShelfLifeExpiry(MaterialLotRepository lots, LotStatusService lotStatus, QuarantineService quarantine,
                           TransactionTemplate transactions, Clock clock) {
        this.lots = lots;
        this.lotStatus = lotStatus;
        this.quarantine = quarantine;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The run on the schedule {@code lotline.expiry.cron}: on a cluster, on one node at a time (lock
     * {@value #LOCK_NAME}), and held for at least a minute so that a node whose clock runs a little behind does not
     * run the same hour again.
     */
    @Scheduled(cron = "${lotline.expiry.cron}", zone = "UTC")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduledRun() {
        List<String> expired = expireLots();
        LOG.info("Shelf-life expiry ran: {} lot(s) expired{}", expired.size(), expired.isEmpty() ? "" : " " + expired);
    }

    /** Expires every usable lot past its date now; returns the lots it expired. */
    public List<String> expireLots() {
        LocalDate today = LocalDate.now(clock);
        return lots.findUsableExpiringBefore(today).stream()
                .filter(lotNumber -> expire(lotNumber, today))
                .toList();
    }

    private boolean expire(String lotNumber, LocalDate today) {
        try {
            return Boolean.TRUE.equals(transactions.execute(tx -> {
                MaterialLot lot = lotStatus.requireLocked(lotNumber);
                if (!lot.getStatus().isUsable() || lot.getExpiresOn() == null || !lot.getExpiresOn().isBefore(today)) {
                    return false; // another node, or a person, got there first
                }
                lotStatus.change(lotNumber, LotStatus.EXPIRED, "Shelf life ended on " + lot.getExpiresOn(), null);
                quarantine.quarantineExpired(lotNumber, lot.getExpiresOn());
                return true;
            }));
        } catch (ConcurrencyFailureException lostARace) {
            return false; // rolled back; the next run tries the lot again
        }
    }
}
