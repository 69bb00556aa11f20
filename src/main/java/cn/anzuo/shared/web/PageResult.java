package cn.anzuo.shared.web;

import java.util.List;
import java.util.function.Function;

/** The list envelope of API.md: {@code {"items":[...],"page":0,"size":20,"total":123}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Pages an in-memory list; for lists already bounded by a company. */
    public static <T> PageResult<T> of(List<T> all, PageRequestParams params) {
        int from = Math.min(params.offset(), all.size());
        int to = Math.min(from + params.size(), all.size());
        return new PageResult<>(all.subList(from, to), params.page(), params.size(), all.size());
    }
}
