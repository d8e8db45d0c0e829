package io.lotline.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * Reads the engine's history of every process a record went through (found by business key or by the lot, batch or
 * CAPA variable), for the auditor's timeline. Engine types stay here.
 */
@Component
public class ProcessHistory {
    private static final String[] SUBJECT_VARIABLES = {Workflow.LOT_NUMBER, Workflow.BATCH_NUMBER, Workflow.CAPA_NUMBER,
        Workflow.EXCURSION_NUMBER};

    private final HistoryService history;
    private final RepositoryService repository;

    ProcessHistory(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** Every process instance about the record, oldest first. */
    public List<ProcessTimeline> of(String recordId) {
        Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(recordId).list()
                .forEach(i -> instances.put(i.getId(), i));
        for (String variable : SUBJECT_VARIABLES) {
            history.createHistoricProcessInstanceQuery().variableValueEquals(variable, recordId).list()
                    .forEach(i -> instances.putIfAbsent(i.getId(), i));
        }
        return instances.values().stream().sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .map(this::timeline).toList();
    }

    private ProcessTimeline timeline(HistoricProcessInstance instance) {
        String id = instance.getId();
        List<ProcessTimeline.Entry> entries = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        List<String> active = new ArrayList<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()) {
            (activity.getEndTime() == null ? active : passed).add(activity.getActivityId());
            if (!"userTask".equals(activity.getActivityType())) {
                entries.add(new ProcessTimeline.Entry(instant(activity.getStartTime()), "ACTIVITY",
                        describe(activity), null, activity.isCanceled() ? "cancelled" : null));
            }
        }
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
            entries.add(new ProcessTimeline.Entry(instant(task.getStartTime()), "TASK_CREATED",
                    "Task \"" + task.getName() + "\" created", null, null));
            if (task.getEndTime() != null) {
                boolean completed = "completed".equals(task.getDeleteReason());
                entries.add(new ProcessTimeline.Entry(instant(task.getEndTime()), "TASK_COMPLETED",
                        "Task \"" + task.getName() + "\" " + (completed ? "completed" : "ended (" + task.getDeleteReason() + ")"),
                        task.getAssignee(), null));
            }
        }
        for (UserOperationLogEntry operation : history.createUserOperationLogQuery().processInstanceId(id).list()) {
            if (operation.getProperty() == null || "assignee".equals(operation.getProperty())) {
                entries.add(new ProcessTimeline.Entry(instant(operation.getTimestamp()), "OPERATION",
                        operation.getOperationType() + " " + (operation.getEntityType() == null ? "" : operation.getEntityType()),
                        operation.getUserId(), operation.getNewValue()));
            }
        }
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
                .disableCustomObjectDeserialization().list()) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            entries.add(new ProcessTimeline.Entry(instant(update.getTime()), "VARIABLE",
                    update.getVariableName() + " = " + update.getValue(), null, null));
        }
        for (HistoricJobLog job : history.createHistoricJobLogQuery().processInstanceId(id).successLog().list()) {
            if (job.getJobDefinitionType() != null && job.getJobDefinitionType().contains("timer")) {
                entries.add(new ProcessTimeline.Entry(instant(job.getTimestamp()), "TIMER",
                        "Timer fired at " + job.getActivityId(), null, job.getJobDefinitionConfiguration()));
            }
        }
        entries.sort(Comparator.comparing(ProcessTimeline.Entry::at));
        var definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        return new ProcessTimeline(id, instance.getProcessDefinitionKey(), definition.getName(),
                instance.getBusinessKey(), instant(instance.getStartTime()), instant(instance.getEndTime()),
                instance.getState(), model(instance.getProcessDefinitionId()), passed, active, entries);
    }

    private String model(String definitionId) {
        try (InputStream xml = repository.getProcessModel(definitionId)) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(HistoricActivityInstance activity) {
        String name = activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
        return switch (activity.getActivityType()) {
            case "startEvent", "messageStartEvent", "timerStartEvent" -> "Started: " + name;
            case "noneEndEvent", "terminateEndEvent", "endEvent" -> "Ended: " + name;
            case "exclusiveGateway", "parallelGateway", "inclusiveGateway" -> "Gateway: " + name;
            case "serviceTask" -> "Service step: " + name;
            case "boundaryTimer", "intermediateTimer" -> "Timer: " + name;
            default -> activity.getActivityType() + ": " + name;
        };
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
