package cn.anzuo.shared.web;

/**
 * {@code ?page=0&size=20}, clamped to sane bounds so no request can ask for a million rows, and so
 * that {@link #offset()} never overflows (a page past the last one is simply empty).
 */
public record PageRequestParams(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageRequestParams {
        page = Math.min(Math.max(0, page), MAX_PAGE);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static PageRequestParams of(Integer page, Integer size) {
        return new PageRequestParams(page == null ? 0 : page, size == null ? 20 : size);
    }

    public int offset() {
        return page * size;
    }
}
