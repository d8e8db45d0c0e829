package io.lotline.workflow;

import io.lotline.web.PageLinks;
import io.lotline.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class TaskPageController {
    private final TaskWork taskWork;
    private final TaskForms taskForms;

    public TaskPageController(TaskWork taskWork, TaskForms taskForms) {
        this.taskWork = taskWork;
        this.taskForms = taskForms;
    }

    /** The same list, filters and pages as {@code GET /api/tasks}; a wrong page or size shows the first page and why. */
    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
                TaskFilter filter, Model model) {
        Paging paging = Paging.forPage(page, size, model);
        TaskPage found = taskWork.myTasks(filter, paging.offset(), paging.size());
        model.addAttribute("tasks", found.tasks());
        model.addAttribute("pager", PageLinks.of(paging, found.total()));
        return "tasks/list";
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id) {
        taskWork.claim(id);
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/tasks/{id}")
    String open(@PathVariable String id) {
        WorkTask task = taskWork.workable(id);
        return "redirect:" + taskForms.handlerFor(task).pagePath(task);
    }
}
