package org.communitygov.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A rule's input as named facts and back, declared once: per fact its name, its {@link FactType},
 * how the input gives it and how a builder takes it. It gives {@link Rule#facts} and {@link
 * Rule#input} (what decision records store and rule cases give) and the facts a decision cannot do
 * without ({@link #missing}).
 *
 * <pre>{@code
 * static final FactMapping<HeatingInput> FACTS =
 *     FactMapping.builder(
 *             HeatingInput.class, ImmutableHeatingInput::builder, ImmutableHeatingInput.Builder::build)
 *         .required("monthlyIncome", MONEY, HeatingInput::monthlyIncome,
 *             ImmutableHeatingInput.Builder::monthlyIncome)
 *         .optional("livesAlone", FactType.bool(), HeatingInput::livesAlone,
 *             ImmutableHeatingInput.Builder::livesAlone)
 *         .build();
 * }</pre>
 *
 * <p>Facts are written in declaration order, absent values left out. Reading refuses a fact of
 * another name (code {@code unknown}) and reads each present one with its type; absent stays
 * absent, so that evaluation can name it. This class is immutable and thread-safe.
 *
 * @param <I> the type of the input
 * @since 0.1.0
 */
public final class FactMapping<I> {
  private final List<Field<I, ?>> fields;
  private final List<Field<I, ?>> required;
  // The same, as an array: read on every evaluation.
  private final Field<?, ?>[] requiredArray;
  private final Set<String> names;
  private final Function<Facts, I> reader;
  // Whether the input has every required fact, in one call; null: ask each fact.
  private final @Nullable Predicate<I> allPresent;

  private FactMapping(
      List<Field<I, ?>> fields, Function<Facts, I> reader, @Nullable Predicate<I> allPresent) {
    this.fields = List.copyOf(fields);
    this.required = fields.stream().filter(f -> f.required).toList();
    this.requiredArray = required.toArray(new Field<?, ?>[0]);
    this.names = Set.copyOf(fields.stream().map(f -> f.name).toList());
    this.reader = reader;
    this.allPresent = allPresent;
  }

  /**
   * Starts a mapping.
   *
   * @param <I> the type of the input
   * @param <B> the type of the input's builder
   * @param type the type of the input (it fixes {@code I} where the builder makes a subtype, as
   *     Immutables' builders do), not null
   * @param start makes an empty builder, not null
   * @param build builds the input, not null
   * @return the builder of the mapping, not null
   */
  public static <I, B> Builder<I, B> builder(
      Class<I> type, Supplier<B> start, Function<B, ? extends I> build) {
    Objects.requireNonNull(type, "type");
    return new Builder<>(start, build);
  }

  /**
   * Returns the input as named facts, in declaration order, absent values left out.
   *
   * @param input the input, not null
   * @return the facts, not null
   */
  public Facts facts(I input) {
    List<Fact> facts = new ArrayList<>(fields.size());
    for (Field<I, ?> field : fields) {
      field.write(input, facts);
    }
    return Facts.of(facts);
  }

  /**
   * Reads the input from named facts.
   *
   * @param facts the facts, not null
   * @return the input, not null
   * @throws org.communitygov.model.common.InvalidValueException for a fact of another name ({@code
   *     unknown}) or a malformed value (the code of its type)
   */
  public I input(Facts facts) {
    for (Fact fact : facts.all()) {
      if (!names.contains(fact.name())) {
        String shown = org.communitygov.model.common.Identifier.mask(fact.name());
        throw FactType.invalid(shown, "unknown", "not a fact of this rule");
      }
    }
    return reader.apply(facts);
  }

  /**
   * Returns the names of the required facts the input lacks, in declaration order.
   *
   * @param input the input, not null
   * @return the names; an empty list (no copy) when none is missing, not null
   */
  public List<String> missing(I input) {
    Predicate<I> all = allPresent;
    if (all != null && all.test(input)) {
      return List.of();
    }
    List<String> missing = List.of();
    for (Field<?, ?> any : requiredArray) {
      @SuppressWarnings("unchecked") // every field of this mapping reads an I
      Field<I, ?> field = (Field<I, ?>) any;
      if (!field.present(input)) {
        if (missing.isEmpty()) {
          missing = new ArrayList<>(2);
        }
        missing.add(field.name);
      }
    }
    return missing;
  }

  /** One declared fact. */
  private static final class Field<I, T> {
    final String name;
    final FactType<T> type;
    final Function<I, Optional<T>> get;
    final boolean required;
    // Tells without an Optional whether the input has the value; null: ask get.
    final @Nullable Predicate<I> present;

    Field(
        String name,
        FactType<T> type,
        Function<I, Optional<T>> get,
        boolean required,
        @Nullable Predicate<I> present) {
      this.name = Fact.checked(name);
      this.type = Objects.requireNonNull(type, "type");
      this.get = Objects.requireNonNull(get, "get");
      this.required = required;
      this.present = present;
    }

    boolean present(I input) {
      Predicate<I> p = present;
      return p != null ? p.test(input) : get.apply(input).isPresent();
    }

    void write(I input, List<Fact> facts) {
      Optional<T> value = get.apply(input);
      value.ifPresent(v -> facts.add(type.fact(name, v)));
    }
  }

  /**
   * A builder of a {@link FactMapping}, from {@link FactMapping#builder}; not thread-safe.
   *
   * @param <I> the type of the input
   * @param <B> the type of the input's builder
   */
  public static final class Builder<I, B> {
    private final Supplier<B> start;
    private final Function<B, ? extends I> build;
    private final List<Field<I, ?>> fields = new ArrayList<>();
    private final List<BiConsumer<Facts, B>> readers = new ArrayList<>();
    private @Nullable Predicate<I> allPresent;

    private Builder(Supplier<B> start, Function<B, ? extends I> build) {
      this.start = Objects.requireNonNull(start, "start");
      this.build = Objects.requireNonNull(build, "build");
    }

    /**
     * Declares a fact that a decision needs: when the input lacks it, the decision is undetermined
     * and names it.
     *
     * @param <T> the type of the value
     * @param name the fact's name, not blank, not null
     * @param type how it is written and read, not null
     * @param get gives the value of an input, if present, not null
     * @param set gives the value to the builder, not null
     * @return this builder, not null
     */
    public <T> Builder<I, B> required(
        String name, FactType<T> type, Function<I, Optional<T>> get, BiConsumer<B, T> set) {
      return add(new Field<>(name, type, get, true, null), set);
    }

    /**
     * Declares a fact that a decision needs, with a check of its presence that makes no {@code
     * Optional}: evaluation asks it of every input, so for a fact read from a map (one fact per
     * key) or an instrument of many items it saves an object per fact and evaluation. {@code
     * present} must agree with {@code get}.
     *
     * <pre>{@code
     * .required(item.code(), SCORE,
     *     in -> Optional.ofNullable(in.itemScores().get(item)),
     *     (b, s) -> b.putItemScore(item, s),
     *     in -> in.itemScores().containsKey(item))
     * }</pre>
     *
     * @param <T> the type of the value
     * @param name the fact's name, not blank, not null
     * @param type how it is written and read, not null
     * @param get gives the value of an input, if present, not null
     * @param set gives the value to the builder, not null
     * @param present tells whether an input has the value, not null
     * @return this builder, not null
     * @since 0.1.0
     */
    public <T> Builder<I, B> required(
        String name,
        FactType<T> type,
        Function<I, Optional<T>> get,
        BiConsumer<B, T> set,
        Predicate<I> present) {
      return add(
          new Field<>(name, type, get, true, Objects.requireNonNull(present, "present")), set);
    }

    /**
     * Declares a fact that a decision can do without.
     *
     * @param <T> the type of the value
     * @param name the fact's name, not blank, not null
     * @param type how it is written and read, not null
     * @param get gives the value of an input, if present, not null
     * @param set gives the value to the builder, not null
     * @return this builder, not null
     */
    public <T> Builder<I, B> optional(
        String name, FactType<T> type, Function<I, Optional<T>> get, BiConsumer<B, T> set) {
      return add(new Field<>(name, type, get, false, null), set);
    }

    private <T> Builder<I, B> add(Field<I, T> field, BiConsumer<B, T> set) {
      Objects.requireNonNull(set, "set");
      for (Field<I, ?> f : fields) {
        if (f.name.equals(field.name)) {
          throw new IllegalArgumentException("fact " + field.name + " declared twice");
        }
      }
      fields.add(field);
      readers.add(
          (facts, builder) ->
              facts
                  .text(field.name)
                  .ifPresent(t -> set.accept(builder, field.type.read(field.name, t))));
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping, not null
     */
    public FactMapping<I> build() {
      List<BiConsumer<Facts, B>> all = List.copyOf(readers);
      return new FactMapping<>(
          fields,
          facts -> {
            B builder = start.get();
            for (BiConsumer<Facts, B> r : all) {
              r.accept(facts, builder);
            }
            return build.apply(builder);
          },
          allPresent);
    }

    /**
     * Declares one check that an input has every required fact, asked first on every evaluation:
     * when it holds, the facts are not asked one by one (for a rule of many facts, one call instead
     * of one per fact); when it does not, each is asked, to name the missing ones. It must hold
     * exactly when every required fact is present.
     *
     * <pre>{@code
     * .allPresentWhen(in -> in.itemScores().size() == ITEMS.size() && in.coma().isPresent())
     * }</pre>
     *
     * @param check whether an input has every required fact, not null
     * @return this builder, not null
     * @since 0.1.0
     */
    public Builder<I, B> allPresentWhen(Predicate<I> check) {
      this.allPresent = Objects.requireNonNull(check, "check");
      return this;
    }
  }
}
