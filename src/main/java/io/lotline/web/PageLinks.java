package io.lotline.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pager under a paginated page: where it is, how many items there are, and the addresses of the previous and
 * next pages (null at either end) with the request's other parameters kept.
 */
public record PageLinks(int page, int lastPage, long total, String previous, String next) {
    public static PageLinks of(Paging paging, long total) {
        int last = paging.lastPage(total);
        return new PageLinks(paging.page(), last, total,
                paging.page() > 1 ? uri(Math.min(paging.page() - 1, last), paging.size()) : null,
                paging.page() < last ? uri(paging.page() + 1, paging.size()) : null);
    }

    /** The current request's address for another page. */
    static String uri(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .replaceQueryParam("size", size).build().toUriString();
    }
}
