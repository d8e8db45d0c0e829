package io.lotline.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import io.lotline.traceability.ConflictException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The task adapter: the one place business code reaches the process engine. Keeping engine types here lets the
 * engine be swapped (e.g. for an API-compatible fork of Camunda 7) without touching features.
 */
@Component
public class Workflow {
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    /** The process variable every Lotline process keeps the lot number it works on in. */
    public static final String LOT_NUMBER = "lotNumber";
    /** The process variable naming the production batch a process works on. */
    public static final String BATCH_NUMBER = "batchNumber";
    /** The process variable naming the CAPA a process works on. */
    public static final String CAPA_NUMBER = "capaNumber";
    /** The process variable naming the environmental excursion a process works on. */
    public static final String EXCURSION_NUMBER = "excursionNumber";
    private static final String[] SUBJECT_VARIABLES = {LOT_NUMBER, BATCH_NUMBER, CAPA_NUMBER, EXCURSION_NUMBER};

    private final Map<String, String> processKeyByDefinitionId = new ConcurrentHashMap<>();

    public Workflow(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
                    RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    /** Starts a process for a record; the business key is the record's identifier (e.g. the lot number). */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    /** Starts the process whose start event waits for this message, e.g. a batch going on hold. */
    public String startByMessage(String messageName, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByMessage(messageName, businessKey, variables).getId();
    }

    /**
     * One page of the tasks the user may work (assigned to them, or offered to one of their groups) that match the
     * filter, oldest first, with the number of all that match.
     */
    public TaskPage tasksFor(String userId, Collection<String> groups, TaskFilter filter, int firstResult, int maxResults) {
        TaskQuery query = taskService.createTaskQuery().or().taskAssignee(userId);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks();
        }
        query = query.endOr();
        if (StringUtils.hasText(filter.processKey())) {
            query = query.processDefinitionKey(filter.processKey().trim());
        }
        if (StringUtils.hasText(filter.taskKey())) {
            query = query.taskDefinitionKey(filter.taskKey().trim());
        }
        Map<String, String> subjects = new LinkedHashMap<>();
        subjects.put(LOT_NUMBER, filter.lotNumber());
        subjects.put(BATCH_NUMBER, filter.batchNumber());
        subjects.put(CAPA_NUMBER, filter.capaNumber());
        subjects.put(EXCURSION_NUMBER, filter.excursionNumber());
        for (Map.Entry<String, String> subject : subjects.entrySet()) {
            if (StringUtils.hasText(subject.getValue())) {
                query = query.processVariableValueEquals(subject.getKey(), subject.getValue().trim());
            }
        }
        if (StringUtils.hasText(filter.assignee())) {
            query = query.taskAssignee(filter.assignee().trim());
        }
        if (StringUtils.hasText(filter.candidateGroup())) {
            query = query.taskCandidateGroup(filter.candidateGroup().trim()).includeAssignedTasks();
        }
        long total = query.count();
        List<Task> tasks = query.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(firstResult, maxResults);
        return new TaskPage(toWorkTasks(tasks, false), total);
    }

    /**
     * The open task with its subject and candidate groups. These are read after the task: if another transaction
     * completes it in between, they come back empty or the engine fails to find its execution. Only when the task is
     * still open after they were read is the answer consistent; otherwise it was completed meanwhile.
     */
    public Optional<WorkTask> openTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        WorkTask workTask;
        try {
            workTask = toWorkTasks(List.of(task), true).get(0);
        } catch (RuntimeException readWhileCompleted) {
            if (isOpen(taskId)) {
                throw readWhileCompleted;
            }
            return Optional.empty();
        }
        return isOpen(taskId) ? Optional.of(workTask) : Optional.empty();
    }

    private boolean isOpen(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() > 0;
    }

    /** The names of the tasks each process waits at (comma-separated), in one query; processes waiting at none are left out. */
    public Map<String, String> openTaskNames(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return taskService.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(Task::getProcessInstanceId, Task::getName, (first, second) -> first + ", " + second));
    }

    /** The name of the task the process waits at, or null when it waits at none (or there is no process). */
    public String openTaskName(String processInstanceId) {
        return processInstanceId == null ? null : openTaskNames(List.of(processInstanceId)).get(processInstanceId);
    }

    /** A variable as the task sees it: its own, then its execution's (e.g. a multi-instance element), then the process's. */
    public Object taskVariable(String taskId, String name) {
        return taskService.getVariable(taskId, name);
    }

    public Optional<CompletedTask> completedTask(String taskId) {
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        return Optional.ofNullable(task).map(t -> new CompletedTask(t.getId(), t.getName(), t.getAssignee(),
                t.getEndTime() == null ? null : t.getEndTime().toInstant()));
    }

    public void claim(String taskId, String userId) {
        try {
            taskService.claim(taskId, userId);
        } catch (OptimisticLockingException e) {
            throw lostRace("Task " + taskId, e);
        } catch (NullValueException | TaskAlreadyClaimedException e) {
            throw changedMeanwhile(taskId);
        }
    }

    public void complete(String taskId, Map<String, Object> variables) {
        try {
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw lostRace("Task " + taskId, e);
        } catch (NullValueException e) {
            throw changedMeanwhile(taskId);
        }
    }

    /**
     * The engine found its process state changed by a concurrent command and rolled its transaction back: Spring's
     * kind of the same loss, which the web layer tries again (the next try sees, e.g., that the task is completed).
     */
    private static OptimisticLockingFailureException lostRace(String what, OptimisticLockingException loss) {
        return new OptimisticLockingFailureException(what + " changed in the engine meanwhile", loss);
    }

    private static ConflictException changedMeanwhile(String taskId) {
        return new ConflictException("Task " + taskId + " was claimed, completed or changed by someone else at the same "
                + "time; reload it. Nothing was changed.");
    }

    /** Delivers a message to one process instance, e.g. a manager's release of a lot from hold. */
    public void correlate(String messageName, String processInstanceId, Map<String, Object> variables) {
        try {
            runtimeService.createMessageCorrelation(messageName).processInstanceId(processInstanceId)
                    .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Process " + processInstanceId + " is not waiting for '" + messageName + "' any more");
        } catch (OptimisticLockingException e) {
            throw lostRace("Process " + processInstanceId, e);
        }
    }

    /** Offers a process's open task with the given key to one more group (SLA escalation). */
    public void offerTaskToGroup(String processInstanceId, String taskKey, String group) {
        taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list()
                .forEach(task -> taskService.addCandidateGroup(task.getId(), group));
    }

    private List<WorkTask> toWorkTasks(List<Task> tasks, boolean withGroups) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        // every Lotline process names the lot, batch, CAPA or excursion it works on; after a split, a lot is no longer
        // its process's business key
        Map<String, Map<String, String>> subjects = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                    .variableNameIn(SUBJECT_VARIABLES).list().stream()
                    .filter(v -> v.getValue() != null && v.getProcessInstanceId().equals(v.getExecutionId()))
                    .forEach(v -> subjects.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>())
                            .put(v.getName(), (String) v.getValue()));
        }
        return tasks.stream().map(task -> {
            Map<String, String> subject = subjects.getOrDefault(task.getProcessInstanceId(), Map.of());
            return new WorkTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                processKey(task.getProcessDefinitionId()), task.getProcessInstanceId(),
                subject.get(LOT_NUMBER), subject.get(BATCH_NUMBER), subject.get(CAPA_NUMBER),
                subject.get(EXCURSION_NUMBER), task.getAssignee(),
                task.getCreateTime() == null ? null : Instant.ofEpochMilli(task.getCreateTime().getTime()),
                withGroups ? candidateGroups(task.getId()) : Set.of());
        }).toList();
    }

    private Set<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toUnmodifiableSet());
    }

    private String processKey(String processDefinitionId) {
        return processKeyByDefinitionId.computeIfAbsent(processDefinitionId,
                id -> repositoryService.getProcessDefinition(id).getKey());
    }
}
