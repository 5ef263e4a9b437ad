package org.communitygov.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.PersonId;
import org.communitygov.model.needs.AssessmentId;
import org.communitygov.model.needs.AssessmentReason;
import org.communitygov.model.needs.Instrument;
import org.communitygov.model.needs.Need;
import org.communitygov.model.needs.NeedCategory;
import org.communitygov.model.needs.NeedPriority;
import org.communitygov.model.needs.NeedsAssessment;
import org.communitygov.model.needs.NeedsProfile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Model values cannot be changed from outside their factories (ADR 0032).
 *
 * <p>No public method of a model type hands out a collection or map that can be changed: for every
 * public method of every public class in the model's exported packages that returns a {@link
 * Collection} or {@link Map} (including the generated {@code Immutable*} classes and the library's
 * exceptions), the method is called on a sample (the golden-file fixtures, and needs types built
 * here) and adding to or putting into the result must throw {@link UnsupportedOperationException}.
 * A map's values that are collections are checked too.
 */
class ModelValuesTest {
  static final LocalDate DATE = LocalDate.of(2026, 11, 1);

  static List<Object> samples() {
    List<Object> samples = new ArrayList<>();
    GoldenJsonTest.cases().forEach(c -> samples.add(c.fixture()));
    Need need =
        Need.builder()
            .category(NeedCategory.MEAL_ASSISTANCE)
            .priority(NeedPriority.HIGH)
            .assessment(AssessmentId.of("a-1"))
            .build();
    samples.add(need);
    samples.add(
        NeedsProfile.builder().person(PersonId.of("P0001")).asOf(DATE).addNeed(need).build());
    samples.add(
        NeedsAssessment.builder()
            .id(AssessmentId.of("a-1"))
            .person(PersonId.of("P0001"))
            .date(DATE)
            .instrument(Instrument.GB_T_42195_2022)
            .addAssessor("王芳")
            .reason(AssessmentReason.FIRST)
            .itemScores(Map.of("B.1.1", 3))
            .resultLevel(2)
            .build());
    samples.add(
        InvalidValueException.of(
            "memberships", "overlap", "two memberships", "/memberships/1", Map.of("days", "x")));
    return samples;
  }

  /** The public model classes that have a public method returning a collection or map. */
  static List<Class<?>> classesHandingOutCollections() throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : modelClassNames()) {
      Class<?> type = Class.forName(name, false, Household.class.getClassLoader());
      if (Modifier.isPublic(type.getModifiers())
          && !type.isInterface()
          && collectionMethods(type).findAny().isPresent()) {
        classes.add(type);
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    return classes;
  }

  /** The names of the classes in the model's exported packages, read from its jar or directory. */
  static List<String> modelClassNames() throws Exception {
    Path root =
        Path.of(Household.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files.forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        jar.stream().forEach(e -> names.add(e.getName()));
      }
    }
    return names.stream()
        .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
        .filter(n -> EXPORTED.contains(n.substring(0, n.lastIndexOf('/'))))
        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .toList();
  }

  static final Set<String> EXPORTED =
      Set.of(
          "org/communitygov/model/common",
          "org/communitygov/model/community",
          "org/communitygov/model/household",
          "org/communitygov/model/needs");

  static Stream<Method> collectionMethods(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getDeclaringClass().getName().startsWith("org.communitygov.model."))
        .filter(
            m ->
                Collection.class.isAssignableFrom(m.getReturnType())
                    || Map.class.isAssignableFrom(m.getReturnType()))
        .filter(
            m ->
                Stream.of(m.getParameterTypes())
                    .allMatch(p -> p == LocalDate.class || p == PersonId.class));
  }

  @Test
  void everyModelClassThatHandsOutACollectionHasASample() throws Exception {
    List<Object> samples = samples();
    Set<String> without = new TreeSet<>();
    for (Class<?> type : classesHandingOutCollections()) {
      if (samples.stream().noneMatch(type::isInstance)) {
        without.add(type.getName());
      }
    }
    assertThat(classesHandingOutCollections()).hasSizeGreaterThan(10);
    assertThat(without).as("model classes without a sample").isEmpty();
  }

  @Test
  void noModelClassButTheEnumsAndExceptionsIsJavaSerializable() throws Exception {
    List<String> serializable = new ArrayList<>();
    List<String> names = modelClassNames();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, Household.class.getClassLoader());
      if (java.io.Serializable.class.isAssignableFrom(type)
          && !Throwable.class.isAssignableFrom(type)
          && !Enum.class.isAssignableFrom(type)) { // an enum is read by name: nothing to forge
        serializable.add(name);
      }
    }
    assertThat(names).contains(Household.class.getName(), "org.communitygov.model.common.Money");
    assertThat(serializable).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyCollectionOrMapAModelTypeReturnsIsUnmodifiable() {
    return samples().stream()
        .flatMap(
            sample ->
                collectionMethods(sample.getClass())
                    .map(
                        m ->
                            DynamicTest.dynamicTest(
                                sample.getClass().getSimpleName() + "." + m.getName(),
                                () -> assertUnmodifiable(m, sample))));
  }

  static void assertUnmodifiable(Method method, Object sample) throws Exception {
    Object result = call(method, sample);
    assertUnmodifiable(method.getName(), result);
  }

  @SuppressWarnings("unchecked")
  static void assertUnmodifiable(String what, Object result) {
    if (result instanceof Map<?, ?> map) {
      assertThatThrownBy(() -> ((Map<Object, Object>) map).put(null, null))
          .as(what)
          .isInstanceOf(UnsupportedOperationException.class);
      map.values().forEach(v -> assertUnmodifiable(what + " value", v));
    } else if (result instanceof Collection<?> collection) {
      assertThatThrownBy(() -> ((Collection<Object>) collection).add(null))
          .as(what)
          .isInstanceOf(UnsupportedOperationException.class);
      if (!collection.isEmpty()) {
        assertThatThrownBy(() -> collection.iterator().remove()).as(what + " iterator");
      }
    }
  }

  static Object call(Method method, Object sample) throws Exception {
    Object[] arguments = new Object[method.getParameterCount()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = method.getParameterTypes()[i] == LocalDate.class ? DATE : member(sample);
    }
    try {
      return method.invoke(sample, arguments);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static PersonId member(Object sample) {
    return sample instanceof Household h ? h.members().get(0).id() : PersonId.of("P0001");
  }
}
