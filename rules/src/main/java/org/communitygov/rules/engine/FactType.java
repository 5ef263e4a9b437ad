package org.communitygov.rules.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.communitygov.model.common.EnumCodes;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.Money;
import org.communitygov.model.common.SensitiveCategory;
import org.jspecify.annotations.Nullable;

/**
 * How a value of a rule's input is written as a named {@link Fact} and read back from its text:
 * what a {@link FactMapping} declares per fact. The readers are strict and name the fact when a
 * text is malformed ({@link InvalidValueException}, the name {@linkplain Identifier#mask masked},
 * since a fact's name can hold a person's identifier).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
public final class FactType<T> {
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final Function<? super T, ?> write;
  private final BiFunction<String, String, ? extends T> read;
  private final @Nullable SensitiveCategory sensitivity;

  private FactType(
      Function<? super T, ?> write,
      BiFunction<String, String, ? extends T> read,
      @Nullable SensitiveCategory sensitivity) {
    this.write = write;
    this.read = read;
    this.sensitivity = sensitivity;
  }

  /**
   * Returns a type of one's own.
   *
   * @param <T> the type of the value
   * @param write gives the value a fact holds (its text is {@code String.valueOf} of it, a decimal
   *     in plain notation), not null
   * @param read reads the value from the fact's (masked) name and its text, throwing {@link
   *     InvalidValueException} when malformed, not null
   * @return the type, not null
   */
  public static <T> FactType<T> of(
      Function<? super T, ?> write, BiFunction<String, String, ? extends T> read) {
    return new FactType<>(
        Objects.requireNonNull(write, "write"), Objects.requireNonNull(read, "read"), null);
  }

  /**
   * Returns the type of a whole number: code {@code integer} when malformed.
   *
   * @return the type, not null
   */
  public static FactType<Integer> integer() {
    return of(
        v -> v,
        (name, text) -> {
          try {
            return Integer.valueOf(text.trim());
          } catch (NumberFormatException e) {
            throw invalid(name, "integer", name + " must be a whole number");
          }
        });
  }

  /**
   * Returns the type of {@code true} or {@code false}: code {@code boolean} otherwise.
   *
   * @return the type, not null
   */
  public static FactType<Boolean> bool() {
    return of(
        v -> v,
        (name, text) -> {
          if (!text.equals("true") && !text.equals("false")) {
            throw invalid(name, "boolean", name + " must be true or false");
          }
          return Boolean.valueOf(text);
        });
  }

  /**
   * Returns the type of a text, taken as it is.
   *
   * @return the type, not null
   */
  public static FactType<String> text() {
    return of(v -> v, (name, text) -> text);
  }

  /**
   * Returns the type of a date written {@code yyyy-MM-dd} and nothing else: code {@code date}
   * otherwise.
   *
   * @return the type, not null
   */
  public static FactType<LocalDate> date() {
    return of(
        v -> v,
        (name, text) -> {
          try {
            if (ISO_DATE.matcher(text).matches()) {
              return LocalDate.parse(text);
            }
          } catch (DateTimeParseException e) {
            // reported below
          }
          throw invalid(name, "date", name + " must be an ISO date (yyyy-MM-dd)");
        });
  }

  /**
   * Returns the type of an amount of money written as its amount, one space and its currency
   * ({@code 1500.00 CNY}, no more decimals than the currency has): code {@code money} otherwise.
   *
   * @return the type, not null
   */
  public static FactType<Money> money() {
    return of(
        v -> v,
        (name, text) -> {
          try {
            return Money.parse(text);
          } catch (InvalidValueException e) {
            throw invalid(name, "money", name + " must be an amount and a currency: 123.45 CNY");
          }
        });
  }

  /**
   * Returns the type of a constant of an enum, by its exact name or a former name in its {@code
   * JsonAlias} ({@link EnumCodes}): code {@code code} otherwise.
   *
   * @param <E> the enum type
   * @param type the enum, not null
   * @return the type, not null
   */
  public static <E extends Enum<E>> FactType<E> code(Class<E> type) {
    Objects.requireNonNull(type, "type");
    return of(
        v -> v,
        (name, text) ->
            EnumCodes.find(type, text)
                .orElseThrow(
                    () ->
                        invalid(
                            name,
                            "code",
                            name + " must be one of " + Arrays.toString(type.getEnumConstants()))));
  }

  /**
   * Returns this type with its facts marked sensitive: explanations mask them unless revealed.
   *
   * @param category the kind of sensitive information, not null
   * @return the type, not null
   */
  public FactType<T> sensitive(SensitiveCategory category) {
    return new FactType<>(write, read, Objects.requireNonNull(category, "category"));
  }

  /** The fact of a name holding a value. */
  Fact fact(String name, T value) {
    Object held = Objects.requireNonNull(write.apply(value), "written value");
    return sensitivity == null ? Fact.of(name, held) : Fact.sensitive(name, held, sensitivity);
  }

  /** Reads the value of a fact. */
  T read(String name, String text) {
    return Objects.requireNonNull(read.apply(Identifier.mask(name), text), "read value");
  }

  /**
   * Returns the exception for a malformed fact.
   *
   * @param name the fact's name as shown (masked), not null
   * @param rule the code's last part, such as {@code integer}, not null
   * @param message what is wrong, naming the fact as shown, not null
   * @return the exception, not null
   */
  public static InvalidValueException invalid(String name, String rule, String message) {
    return InvalidValueException.of(name, rule, message);
  }
}
