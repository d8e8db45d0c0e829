package io.lotline.workflow;

/**
 * Completes one kind of user task from its form. Features implement it for their tasks; the task API and pages
 * find the handler by the task's definition key.
 */
public interface TaskFormHandler<F> {
    String taskKey();

    Class<F> formType();

    /** Validates the form, applies it to the feature's records and completes the task, in one transaction. */
    void complete(WorkTask task, F form);

    /** The page on which a person fills in this task's form. */
    String pagePath(WorkTask task);
}
