package org.communitygov.rules.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a {@link StepTemplate} refuses a value or cannot tell whether its comparison holds: the
 * messages, kept apart so that the template's paths taken per value stay short enough to inline.
 */
final class StepRefusals {
  private StepRefusals() {}

  /**
   * Why {@link StepTemplate#put} refuses a value: apart, so that the path taken per value stays
   * short.
   */
  static RuntimeException refused(
      StepTemplate t, Object[] values, String name, @Nullable Object value, int i) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (i < 0) {
      return new IllegalArgumentException(
          "step " + t.id() + " has no value named " + name + " (or more than one)");
    }
    if (values[i] != null) {
      return new IllegalArgumentException("step " + t.id() + ": " + name + " given twice");
    }
    return new IllegalArgumentException(
        "step "
            + t.id()
            + ": "
            + name
            + (t.isParameter(i)
                ? " must be a ResolvedParameter"
                : " is a fact and must not be a ResolvedParameter"));
  }

  static IllegalArgumentException missing(StepTemplate t, Object[] values) {
    int i = 0;
    while (values[i] != null) {
      i++;
    }
    return new IllegalArgumentException("step " + t.id() + ": no value for " + t.nameOf(i));
  }

  /**
   * Why {@link StepTemplate#holds(Object[])} cannot tell: apart, so that the path taken stays
   * short.
   */
  static IllegalArgumentException cannotTell(StepTemplate t, Object[] values) {
    if (!t.hasComparison()) {
      return new IllegalArgumentException("step " + t.id() + " has no comparison");
    }
    int i = t.leftValue() >= 0 && values[t.leftValue()] == null ? t.leftValue() : t.rightValue();
    return new IllegalArgumentException("step " + t.id() + ": no value for " + t.nameOf(i));
  }

  /** Why {@link StepTemplate#holds(String, Object, String, Object)} cannot tell. */
  static RuntimeException cannotTell(
      StepTemplate t, String name, Object value, String otherName, Object otherValue) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(otherValue, "otherValue");
    if (!t.hasComparison()) {
      return new IllegalArgumentException("step " + t.id() + " has no comparison");
    }
    int i = t.indexOf(name);
    int j = t.indexOf(otherName);
    if (!t.isComparedPair(i, j)) {
      return new IllegalArgumentException(
          "step " + t.id() + ": " + name + " and " + otherName + " are not the compared values");
    }
    return t.isParameter(j) != (otherValue instanceof ResolvedParameter<?>)
        ? refused(t, new Object[t.arity()], otherName, otherValue, j)
        : refused(t, new Object[t.arity()], name, value, i);
  }
}
