package org.example.consumer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.communitygov.model.household.Person;

/** A user's own JavaBean, validated beside the model by the user's validator. */
public final class Applicant {
  private final String title;
  private final Person person;

  Applicant(String title, Person person) {
    this.title = title;
    this.person = person;
  }

  @NotBlank
  public String getTitle() {
    return title;
  }

  @Valid
  public Person getPerson() {
    return person;
  }
}
