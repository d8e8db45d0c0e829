package io.lotline.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The messages that could not be used: kept in a transaction of their own, listed newest first. */
@Service
public class RejectedMessages {
    private static final Logger LOG = LoggerFactory.getLogger(RejectedMessages.class);

    private final RejectedMessageRepository rejected;

    RejectedMessages(RejectedMessageRepository rejected) {
        this.rejected = rejected;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void keep(String topic, byte[] payload, String reason, Instant receivedAt) {
        rejected.save(new RejectedMessage(topic, new String(payload, StandardCharsets.UTF_8), payload.length, reason,
                receivedAt));
        LOG.warn("MQTT message on {} rejected and kept: {}", topic, reason);
    }

    @Transactional(readOnly = true)
    public Page<RejectedMessageView> recent(Pageable page) {
        return rejected.findAllByOrderByReceivedAtDescIdDesc(page).map(RejectedMessageView::of);
    }
}
