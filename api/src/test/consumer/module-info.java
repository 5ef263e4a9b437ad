/**
 * A program that uses communitygov as a library user would, outside the build: run by
 * ConsumerProjectTest on the module path and on the class path.
 */
module org.example.consumer {
  requires org.communitygov.api;
  requires com.fasterxml.jackson.databind;
  requires org.hibernate.validator;

  // The user's own beans, bound by the user's mapper and checked by the user's validator.
  // ... and the user's own parameter declarations, which the rule engine reads (ADR 0070).
  opens org.example.consumer to
      com.fasterxml.jackson.databind,
      org.hibernate.validator,
      org.communitygov.rules;
}
