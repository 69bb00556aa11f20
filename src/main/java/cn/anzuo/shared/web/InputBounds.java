package cn.anzuo.shared.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Input the domain never expects is refused where it is read, as a 400 {@code MALFORMED_REQUEST},
 * instead of failing deep inside as a 500:
 * <ul>
 *   <li>dates and times outside the years {@value #FIRST_YEAR}–{@value #LAST_YEAR} (java.time goes to
 *       ±999,999,999; the databases and date arithmetic do not), in JSON bodies and in query or form
 *       parameters;</li>
 *   <li>{@code null} inside a JSON array or map ({@code "workerIds":[null]}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class InputBounds implements WebMvcConfigurer {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    @Bean
    JsonMapperBuilderCustomizer boundedInput() {
        SimpleModule dates = new SimpleModule("anzuo-date-bounds");
        dates.addDeserializer(LocalDate.class, bounded(LocalDate.class, LocalDateDeserializer.INSTANCE));
        dates.addDeserializer(LocalDateTime.class, bounded(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE));
        dates.addDeserializer(OffsetDateTime.class, bounded(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
        dates.addDeserializer(ZonedDateTime.class, bounded(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME));
        dates.addDeserializer(Instant.class, bounded(Instant.class, InstantDeserializer.INSTANT));
        return builder -> builder.addModule(dates)
                .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new BoundedDateTimeFormat());
    }

    /** True if the date or time falls in the years the application works with. */
    static boolean inBounds(Object value) {
        TemporalAccessor temporal = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : (TemporalAccessor) value;
        if (!temporal.isSupported(ChronoField.YEAR)) {
            return true; // a LocalTime has no year
        }
        int year = temporal.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static <T> ValueDeserializer<T> bounded(Class<T> type, ValueDeserializer<? extends T> standard) {
        return new ValueDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                T value = standard.deserialize(parser, context);
                if (value != null && !inBounds(value)) {
                    throw InvalidFormatException.from(parser,
                            "Dates must lie between " + FIRST_YEAR + " and " + LAST_YEAR, value.toString(), type);
                }
                return value;
            }

            @Override
            public Class<?> handledType() {
                return type;
            }
        };
    }

    /** Spring's ISO parsing of {@code @DateTimeFormat} parameters, with the same bounds. */
    private static final class BoundedDateTimeFormat implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return standard.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return standard.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = standard.getParser(annotation, fieldType);
            return (text, locale) -> {
                Object value = parser.parse(text, locale);
                if (value != null && !inBounds(value)) {
                    throw new ParseException("Dates must lie between " + FIRST_YEAR + " and " + LAST_YEAR + ": " + text, 0);
                }
                return value;
            };
        }
    }
}
