package org.communitygov.api.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * The wire format of the library's own types, as annotations that Jackson finds on them and on no
 * other class: whatever mapper the module is registered on, communitygov's types are written and
 * read the same way, and a user's classes exactly as the mapper would without the module.
 *
 * <ul>
 *   <li>absent optional values, empty lists and empty {@code extensions} are omitted ({@code
 *       NON_EMPTY} on each library class); a string only when null, since an empty string is a
 *       value (a blank name the validator reports);
 *   <li>{@code java.time} values as ISO-8601 strings, an offset read as written (never adjusted to
 *       the mapper's time zone);
 *   <li>strings, integers and dates read by the strict deserializers: only their own JSON kind, and
 *       failures that never quote the value.
 * </ul>
 *
 * <p>It is appended after Jackson's own introspector: an explicit annotation on a model type (a
 * class-level {@code @JsonInclude(NON_ABSENT)}) still wins, as it did on the hardened mappers.
 */
final class LibraryFormat extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  private static final JsonInclude.Value NON_EMPTY =
      JsonInclude.Value.construct(Include.NON_EMPTY, Include.NON_EMPTY);
  private static final JsonInclude.Value NON_NULL =
      JsonInclude.Value.construct(Include.NON_NULL, Include.USE_DEFAULTS);
  private static final JsonFormat.Value ISO =
      JsonFormat.Value.forShape(JsonFormat.Shape.STRING)
          .withoutFeature(JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  @Override
  public JsonInclude.@Nullable Value findPropertyInclusion(Annotated a) {
    if (a instanceof AnnotatedClass c && LibraryTypes.owns(c.getRawType())) {
      return NON_EMPTY;
    }
    if (a instanceof AnnotatedMember m && ours(m) && valueType(m).getRawClass() == String.class) {
      return NON_NULL;
    }
    return null;
  }

  @Override
  public JsonFormat.@Nullable Value findFormat(Annotated a) {
    if (a instanceof AnnotatedMember m && ours(m) && holdsTime(valueType(m))) {
      return ISO;
    }
    return null;
  }

  @Override
  public @Nullable Object findDeserializer(Annotated a) {
    return a instanceof AnnotatedMember m && ours(m) ? strict(valueType(m).getRawClass()) : null;
  }

  @Override
  public @Nullable Object findContentDeserializer(Annotated a) {
    if (a instanceof AnnotatedMember m && ours(m)) {
      JavaType content = valueType(m).getContentType();
      return content == null ? null : strict(content.getRawClass());
    }
    return null;
  }

  /** The strict deserializer of a scalar type, or null for any other type. */
  static @Nullable JsonDeserializer<?> strict(Class<?> type) {
    if (type == String.class) {
      return new StrictScalars.Text();
    }
    if (type == Integer.class) {
      return new StrictScalars.WholeNumber(Integer.class);
    }
    if (type == int.class) {
      return new StrictScalars.WholeNumber(Integer.TYPE);
    }
    if (type == LocalDate.class) {
      return new IsoLocalDateDeserializer();
    }
    if (type == Instant.class) {
      return StrictTimes.instant();
    }
    if (type == LocalTime.class) {
      return StrictTimes.localTime();
    }
    return null;
  }

  private static boolean ours(AnnotatedMember member) {
    return LibraryTypes.owns(member.getDeclaringClass());
  }

  /** The type of the value a member holds: a setter's parameter, else the member's own type. */
  private static JavaType valueType(AnnotatedMember member) {
    if (member instanceof AnnotatedMethod method && method.getParameterCount() == 1) {
      return method.getParameterType(0);
    }
    return member.getType();
  }

  private static boolean holdsTime(JavaType type) {
    for (JavaType t = type; t != null; t = t.getContentType()) {
      if ("java.time".equals(t.getRawClass().getPackageName())) {
        return true;
      }
    }
    return false;
  }
}
