package io.lotline.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One process instance as the engine's history tells it: every activity, task, claim, completion, variable written
 * and timer fired, in time order, with the BPMN model and the activities it passed through (for the diagram).
 */
public record ProcessTimeline(String processInstanceId, String processKey, String processName, String businessKey,
                              Instant started, Instant ended, String state, String bpmnXml, List<String> passedActivities,
                              List<String> activeActivities, List<Entry> entries) {

    /** One thing that happened: {@code kind} is ACTIVITY, TASK_CREATED, TASK_COMPLETED, OPERATION, VARIABLE or TIMER. */
    public record Entry(Instant at, String kind, String title, String user, String detail) {}
}
