package io.lotline.labeling;

import io.lotline.traceability.LotlineException;
import io.lotline.traceability.NotFoundException;
import jakarta.annotation.PreDestroy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Long serial label runs, rendered one at a time in the background while the page shows their progress. The runner
 * carries the requesting user's security context, so the run's audit entry names who printed it. The last 50 runs
 * are kept in memory for download.
 */
@Component
class LabelPrintJobs {
    private static final Logger LOG = LoggerFactory.getLogger(LabelPrintJobs.class);
    private static final int KEPT = 50;

    enum State { RUNNING, DONE, FAILED }

    /** What the progress page polls. */
    record Progress(String id, String lotNumber, State state, int done, int total, String error) {}

    private static final class Job {
        final String id;
        final String lotNumber;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        volatile State state = State.RUNNING;
        volatile byte[] pdf;
        volatile String error;

        Job(String id, String lotNumber, int total) {
            this.id = id;
            this.lotNumber = lotNumber;
            this.total = total;
        }
    }

    private final LabelService labels;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "label-print"));
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    });

    LabelPrintJobs(LabelService labels) {
        this.labels = labels;
    }

    String start(String lotNumber, int total) {
        Job job = new Job(UUID.randomUUID().toString(), lotNumber, total);
        jobs.put(job.id, job);
        runner.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                job.pdf = labels.serialLabelsPdf(lotNumber, job.done::set);
                job.state = State.DONE;
            } catch (LotlineException refused) {
                job.error = refused.getMessage();
                job.state = State.FAILED;
            } catch (RuntimeException e) {
                LOG.error("Serial label run {} for lot {} failed", job.id, lotNumber, e);
                job.error = "The label run failed; nothing was printed. Quote reference " + job.id + " to support.";
                job.state = State.FAILED;
            }
        }));
        return job.id;
    }

    Progress progress(String id) {
        Job job = require(id);
        return new Progress(job.id, job.lotNumber, job.state, job.done.get(), job.total, job.error);
    }

    byte[] pdf(String id) {
        Job job = require(id);
        if (job.state != State.DONE) {
            throw new NotFoundException("Label run " + id + " is " + job.state + "; there is no PDF to download");
        }
        return job.pdf;
    }

    private Job require(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("No label run " + id + " (runs are kept for the last " + KEPT + " print jobs)");
        }
        return job;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
