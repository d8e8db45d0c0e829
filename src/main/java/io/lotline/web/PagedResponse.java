package io.lotline.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;

/**
 * A page of a list as the API answers it: the body stays a JSON array, the total is in {@code X-Total-Count}, and
 * RFC 8288 {@code Link} headers point to the first, previous, next and last pages with the request's other parameters.
 */
public final class PagedResponse {
    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {}

    public static <T> ResponseEntity<List<T>> of(Page<T> page, Paging paging) {
        return of(page.getContent(), page.getTotalElements(), paging);
    }

    public static <T> ResponseEntity<List<T>> of(List<T> items, long total, Paging paging) {
        PageLinks pager = PageLinks.of(paging, total);
        List<String> links = new ArrayList<>();
        links.add(link(PageLinks.uri(1, paging.size()), "first"));
        if (pager.previous() != null) {
            links.add(link(pager.previous(), "prev"));
        }
        if (pager.next() != null) {
            links.add(link(pager.next(), "next"));
        }
        links.add(link(PageLinks.uri(pager.lastPage(), paging.size()), "last"));
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(total)).header("Link", String.join(", ", links))
                .body(items);
    }

    private static String link(String uri, String relation) {
        return "<" + uri + ">; rel=\"" + relation + "\"";
    }
}
