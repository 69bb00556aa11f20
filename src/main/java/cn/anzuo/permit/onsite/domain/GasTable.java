package cn.anzuo.permit.onsite.domain;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The gas table as data ({@code gas}), read once: it changes only with a migration. */
@Component
public class GasTable {

    private final GasRepository gases;
    private volatile Map<String, Gas> byCode;

    GasTable(GasRepository gases) {
        this.gases = gases;
    }

    public Map<String, Gas> byCode() {
        Map<String, Gas> cached = byCode;
        if (cached == null) {
            cached = gases.findAll().stream().collect(Collectors.toUnmodifiableMap(Gas::code, Function.identity()));
            byCode = cached;
        }
        return cached;
    }
}
