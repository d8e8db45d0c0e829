package io.lotline.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.environment.MachineService;
import io.lotline.environment.RoomReadingRequest;
import io.lotline.environment.RoomService;
import io.lotline.production.batch.Batches;
import io.lotline.production.spc.ReadingRequest;
import io.lotline.production.spc.ReadingService;
import io.lotline.production.spc.ReadingSource;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
import io.lotline.traceability.MalformedRequestException;
import io.lotline.traceability.NotFoundException;
import io.lotline.web.OneOrMany;
import io.lotline.web.Refusals;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One message from a room's or a machine's sensors: its readings are recorded through the same rules as over REST
 * (room limits and excursions; a batch's spec and SPC rules, which hold it), all of them or none, in one transaction.
 * A message that cannot be used is kept with the reason ({@link RejectedMessages}). Only when the database cannot
 * be reached does {@link #handle} throw: the message is then not acknowledged and the broker delivers it again.
 */
@Service
class SensorMessages {
    /** Who recorded what arrived over MQTT, in the readings and the audit trail. */
    static final String ACTOR = "mqtt";
    static final String ROOM_TOPICS = "lotline/rooms/+/readings";
    static final String MACHINE_TOPICS = "lotline/machines/+/readings";
    private static final Pattern ROOM_TOPIC = Pattern.compile("lotline/rooms/([^/]+)/readings");
    private static final Pattern MACHINE_TOPIC = Pattern.compile("lotline/machines/([^/]+)/readings");
    private static final int MAX_TRIES = 5;
    private static final long MAX_PAUSE_MILLIS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SensorMessages.class);

    private final RoomService rooms;
    private final MachineService machines;
    private final Batches batches;
    private final ReadingService readings;
    private final RejectedMessages rejected;
    private final ObjectMapper objectMapper;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SensorMessages(RoomService rooms, MachineService machines, Batches batches, ReadingService readings,
                   RejectedMessages rejected, ObjectMapper objectMapper, TransactionTemplate transaction,
                   Clock clock) {
        this.rooms = rooms;
        this.machines = machines;
        this.batches = batches;
        this.readings = readings;
        this.rejected = rejected;
        this.objectMapper = objectMapper;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Records the message's readings, or keeps it as rejected. A lost race with another writer is tried again here
     * (its transaction was rolled back); a database that cannot be reached is thrown, for the broker to redeliver.
     */
    void handle(String topic, byte[] payload) {
        Instant arrivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            for (int tries = 1; ; tries++) {
                try {
                    transaction.executeWithoutResult(status -> record(topic, payload, arrivedAt));
                    return;
                } catch (RuntimeException e) {
                    if (Refusals.isConcurrentChange(e) && tries < MAX_TRIES) {
                        pause();
                        continue;
                    }
                    if (unreachable(e)) {
                        throw e;
                    }
                    rejected.keep(topic, payload, reason(e), arrivedAt);
                    return;
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void record(String topic, byte[] payload, Instant arrivedAt) {
        Matcher room = ROOM_TOPIC.matcher(topic);
        Matcher machine = MACHINE_TOPIC.matcher(topic);
        if (room.matches()) {
            OneOrMany<RoomReadingRequest> sent = OneOrMany.read(json(payload), RoomReadingRequest.class, "reading",
                    objectMapper);
            rooms.record(room.group(1), sent.items(), sent.single());
        } else if (machine.matches()) {
            recordForMachine(machine.group(1), json(payload), arrivedAt);
        } else {
            throw new InvalidInputException("topic", "publish to " + ROOM_TOPICS + " or " + MACHINE_TOPICS);
        }
    }

    /** A machine's readings go to the batch running on it when they were taken; all to one batch. */
    private void recordForMachine(String machineId, JsonNode body, Instant arrivedAt) {
        if (machines.roomOf(machineId).isEmpty()) {
            throw new NotFoundException("Machine " + machineId + " is not registered");
        }
        OneOrMany<ReadingRequest> sent = OneOrMany.read(body, ReadingRequest.class, "reading", objectMapper);
        List<ReadingRequest> fromSensor = new ArrayList<>(sent.items().size());
        Set<String> batchNumbers = new TreeSet<>();
        for (ReadingRequest r : sent.items()) {
            if (r == null) {
                fromSensor.add(null); // refused in its place by the reading rules
                continue;
            }
            Instant takenAt = r.takenAt() == null ? arrivedAt : r.takenAt();
            batchNumbers.add(batches.runningOn(machineId, takenAt).orElseThrow(() -> new NotFoundException(
                    "No batch was running on machine " + machineId + " at " + takenAt)));
            fromSensor.add(new ReadingRequest(r.parameter(), r.cavity(), r.value(), r.unit(), takenAt,
                    ReadingSource.SENSOR.name()));
        }
        if (batchNumbers.isEmpty()) {
            throw new InvalidInputException("readings", "send one reading, or an array of at least one");
        }
        if (batchNumbers.size() > 1) {
            throw new InvalidInputException("takenAt", "the readings were taken during batches " + batchNumbers
                    + "; send the readings of each run in a message of their own");
        }
        readings.record(batchNumbers.iterator().next(), fromSensor, sent.single());
    }

    private JsonNode json(byte[] payload) {
        try {
            JsonNode body = objectMapper.readTree(payload);
            if (body == null || body.isMissingNode()) {
                throw new MalformedRequestException("The payload is empty: send one reading as a JSON object, or"
                        + " several as a JSON array.");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException("The payload is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedRequestException("The payload could not be read: " + e.getMessage());
        }
    }

    /** The database is down or unreachable: nothing can be recorded now, neither the readings nor a rejection. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof TransientDataAccessException && !Refusals.isConcurrentChange(t)) {
                return true;
            }
        }
        return false;
    }

    /** Why the message was not used: the refusal a REST client would get, or a reference to the logged error. */
    private static String reason(RuntimeException e) {
        LotlineException refusal = Refusals.find(e);
        if (refusal != null) {
            return refusal.getMessage();
        }
        if (Refusals.isConcurrentChange(e)) {
            return "Lost a race with other writers " + MAX_TRIES + " times; send it again";
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("MQTT message could not be recorded, reference {}", reference, e);
        return "Internal error, reference " + reference + " in the server log";
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, MAX_PAUSE_MILLIS + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
