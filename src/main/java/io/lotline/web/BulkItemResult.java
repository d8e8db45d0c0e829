package io.lotline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ProblemDetail;

/** One item's outcome in a bulk request: its position, its status, and its result (2xx) or its problem (4xx). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkItemResult<T>(int index, int status, T result, ProblemDetail problem) {}
