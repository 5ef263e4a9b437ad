package org.communitygov.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on {@link InvalidValueException}s shared by the model's tests. */
public final class InvalidValues {
  private InvalidValues() {}

  /**
   * Asserts that {@code call} throws an {@link InvalidValueException} with {@code code}.
   *
   * @param code the expected code, such as {@code citizenId.length}
   * @param call the call
   * @return the exception
   */
  public static InvalidValueException assertInvalid(String code, ThrowingCallable call) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, call);
    assertThat(e).as("expected InvalidValueException with code %s", code).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.attribute()).isEqualTo(code.substring(0, code.indexOf('.')));
    return e;
  }

  /**
   * Asserts that {@code call} throws an {@link InvalidValueException} with {@code code} whose
   * message holds no part of the sensitive value: no run of 5 or more digits, and not the middle 8
   * characters of {@code raw}.
   *
   * @param code the expected code
   * @param raw the sensitive input
   * @param call the call
   * @return the exception
   */
  public static InvalidValueException assertInvalidWithoutValue(
      String code, String raw, ThrowingCallable call) {
    InvalidValueException e = assertInvalid(code, call);
    assertMessageHidesValue(e, raw);
    return e;
  }

  /**
   * Asserts that the exception's message holds no run of 5 or more digits and, if {@code raw} has
   * at least 14 characters, not its characters 7 to 14 either.
   *
   * @param e the exception
   * @param raw the sensitive input
   */
  public static void assertMessageHidesValue(Exception e, String raw) {
    String message = e.getMessage();
    assertThat(message).doesNotContainPattern("[0-9]{5,}");
    if (raw.length() >= 14) {
      assertThat(message).doesNotContain(raw.substring(6, 14));
    }
  }
}
