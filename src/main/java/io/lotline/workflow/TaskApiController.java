package io.lotline.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.MalformedRequestException;
import io.lotline.web.JsonFields;
import io.lotline.web.PagedResponse;
import io.lotline.web.Paging;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
public class TaskApiController {
    private final TaskWork taskWork;
    private final TaskForms taskForms;
    private final ObjectMapper objectMapper;

    public TaskApiController(TaskWork taskWork, TaskForms taskForms, ObjectMapper objectMapper) {
        this.taskWork = taskWork;
        this.taskForms = taskForms;
        this.objectMapper = objectMapper;
    }

    /**
     * Tasks the caller may work (offered to one of their roles, or claimed by them), oldest first, one page at a time
     * ({@code page} from 1, {@code size} up to 500), narrowed by the filter parameters.
     */
    @GetMapping
    ResponseEntity<List<TaskSummary>> myTasks(@RequestParam(required = false) String page,
                                              @RequestParam(required = false) String size, TaskFilter filter) {
        Paging paging = Paging.of(page, size);
        TaskPage found = taskWork.myTasks(filter, paging.offset(), paging.size());
        return PagedResponse.of(found.tasks().stream().map(TaskSummary::of).toList(), found.total(), paging);
    }

    @PostMapping("/{id}/claim")
    TaskSummary claim(@PathVariable String id) {
        return TaskSummary.of(taskWork.claim(id));
    }

    /** Completes the task with its form; the form's shape depends on the task (see README). */
    @PostMapping("/{id}/complete")
    TaskCompletion complete(@PathVariable String id, @RequestBody JsonNode form) {
        WorkTask task = taskWork.workable(id);
        completeWith(taskForms.handlerFor(task), task, form);
        return new TaskCompletion(task.id(), task.taskKey(), task.lotNumber(), task.batchNumber(), task.capaNumber(),
                task.excursionNumber(), CurrentUser.id());
    }

    private <F> void completeWith(TaskFormHandler<F> handler, WorkTask task, JsonNode form) {
        F parsed;
        try {
            parsed = objectMapper.treeToValue(form, handler.formType());
        } catch (JsonMappingException e) {
            throw JsonFields.refusal(e, "");
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException("The form is not valid JSON for task '" + task.name() + "'.");
        }
        if (parsed == null) {
            throw new MalformedRequestException("The form for task '" + task.name() + "' must be a JSON object.");
        }
        handler.complete(task, parsed);
    }
}
