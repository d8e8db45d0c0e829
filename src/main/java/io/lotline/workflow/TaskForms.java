package io.lotline.workflow;

import io.lotline.traceability.ConflictException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The features' task forms by task definition key. */
@Component
public class TaskForms {
    private final Map<String, TaskFormHandler<?>> handlers;

    public TaskForms(List<TaskFormHandler<?>> handlers) {
        this.handlers = handlers.stream().collect(Collectors.toMap(TaskFormHandler::taskKey, Function.identity()));
    }

    public TaskFormHandler<?> handlerFor(WorkTask task) {
        TaskFormHandler<?> handler = handlers.get(task.taskKey());
        if (handler == null) {
            throw new ConflictException("Task '" + task.name() + "' has no form in Lotline");
        }
        return handler;
    }
}
