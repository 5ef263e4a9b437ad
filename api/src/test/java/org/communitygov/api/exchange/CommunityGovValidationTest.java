package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A user's own Hibernate Validator, set up by {@link CommunityGovValidation}. */
class CommunityGovValidationTest {
  static final ValidatorFactory OWN =
      CommunityGovValidation.configure(Validation.byProvider(HibernateValidator.class).configure())
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  static final ValidatorFactory PLAIN =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  final Validator own = OWN.getValidator();

  @AfterAll
  static void close() {
    OWN.close();
    PLAIN.close();
  }

  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static <T> T golden(String name, Class<T> type) {
    try {
      return CommunityGovMappers.strict().readValue(GOLDEN.resolve(name + ".json").toFile(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Person blankNamed() {
    return Person.builder().from(golden("person-minimal", Person.class)).name(" ").build();
  }

  static List<Person> renamed(List<Person> members, int index, String name) {
    List<Person> copy = new ArrayList<>(members);
    copy.set(index, Person.builder().from(members.get(index)).name(name).build());
    return copy;
  }

  static <T> Set<String> paths(Set<ConstraintViolation<T>> violations) {
    TreeSet<String> paths = new TreeSet<>();
    violations.forEach(v -> paths.add(v.getPropertyPath().toString()));
    return paths;
  }

  static Set<String> constrained(Validator validator, Class<?> type) {
    TreeSet<String> names = new TreeSet<>();
    for (PropertyDescriptor p : validator.getConstraintsForClass(type).getConstrainedProperties()) {
      names.add(p.getPropertyName());
    }
    return names;
  }

  /** A user's own JavaBean beside the model. */
  static final class Applicant {
    private final String title;
    private final boolean consented;
    private final Person person;

    Applicant(String title, boolean consented, Person person) {
      this.title = title;
      this.consented = consented;
      this.person = person;
    }

    @NotBlank
    public String getTitle() {
      return title;
    }

    @AssertTrue
    public boolean isConsented() {
      return consented;
    }

    @NotBlank
    public String getURL() {
      return title;
    }

    @Valid
    public Person getPerson() {
      return person;
    }
  }

  @Nested
  class SeesTheModelsConstraints {
    @Test
    void whichAPlainValidatorDoesNot() {
      assertThat(constrained(PLAIN.getValidator(), Person.class)).isEmpty();
      assertThat(PLAIN.getValidator().validate(blankNamed())).isEmpty();
    }

    @Test
    void namedAsInJson() {
      assertThat(constrained(own, Person.class))
          .containsExactly("birthDate", "chronicConditions", "disability", "name");
      assertThat(paths(own.validate(blankNamed()))).containsExactly("name");
    }

    @Test
    void ofAMemberOfAHousehold() {
      Household household = golden("household", Household.class);
      Household broken =
          Household.builder().from(household).members(renamed(household.members(), 0, " ")).build();
      assertThat(own.validate(household)).isEmpty();
      assertThat(paths(own.validate(broken))).containsExactly("members[0].name");
    }
  }

  /** A user's own record: Bean Validation sees its components' constraints on the fields. */
  record Contact(@NotBlank String phone) {}

  @Nested
  class KeepsThePathsOfAUsersBean {
    @Test
    void aJavaBeanBesideTheModel() {
      Applicant applicant = new Applicant("", false, blankNamed());
      assertThat(paths(PLAIN.getValidator().validate(applicant)))
          .containsExactly("URL", "consented", "title");
      assertThat(paths(own.validate(applicant)))
          .containsExactly("URL", "consented", "person.name", "title");
    }

    @Test
    void aRecord() {
      Contact contact = new Contact(" ");
      // The accessor phone() is a property here too: its constraint is reported once, not twice.
      assertThat(own.validate(contact)).hasSize(1);
      assertThat(paths(own.validate(contact)))
          .isEqualTo(paths(PLAIN.getValidator().validate(contact)))
          .containsExactly("phone");
    }
  }
}
