package io.lotline.workflow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class TaskPageController {
    private final TaskWork taskWork;
    private final TaskForms taskForms;

    public TaskPageController(TaskWork taskWork, TaskForms taskForms) {
        this.taskWork = taskWork;
        this.taskForms = taskForms;
    }

    @GetMapping("/tasks")
    String list(Model model) {
        model.addAttribute("tasks", taskWork.myTasks());
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
