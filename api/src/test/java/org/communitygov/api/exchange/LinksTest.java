package org.communitygov.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Windows of time and the bounds of the checks between records. */
class LinksTest {
  static final Instant NINE = Instant.parse("2026-10-08T09:00:00Z");

  @Nested
  class AWindow {
    @Test
    void containsASpanWithinItsEndsInclusive() {
      Links.Window window = Links.Window.of(NINE, NINE.plusSeconds(3600));
      assertThat(window.contains(Links.Window.of(NINE, NINE.plusSeconds(3600)))).isTrue();
      assertThat(window.contains(Links.Window.at(NINE.minusNanos(1000)))).isFalse();
      assertThat(window.contains(Links.Window.at(NINE.plusSeconds(3600).plusNanos(1000))))
          .isFalse();
    }

    @Test
    void isWrittenAsAnIsoIntervalOpenOrNone() {
      assertThat(Links.Window.of(NINE, NINE.plusSeconds(60)).text())
          .isEqualTo("2026-10-08T09:00:00Z/2026-10-08T09:01:00Z");
      assertThat(Links.Window.from(NINE).text()).isEqualTo("2026-10-08T09:00:00Z/..");
      assertThat(Links.Window.NEVER.text()).isEqualTo("none");
      assertThat(Links.Window.NEVER.contains(Links.Window.at(NINE))).isFalse();
      assertThat(Links.Window.ALWAYS.contains(Links.Window.at(Instant.MAX))).isTrue();
    }

    @Test
    void saturatesInstantsBeyondMicrosecondsOfALong() {
      assertThat(Links.Window.micros(Instant.MAX)).isEqualTo(Long.MAX_VALUE - 1);
      assertThat(Links.Window.micros(Instant.MIN)).isEqualTo(Long.MIN_VALUE + 1);
      assertThat(Links.Window.from(Instant.MIN).contains(Links.Window.at(NINE))).isTrue();
    }
  }

  @Nested
  class TheBounds {
    static Links reference(String id) {
      return new Links(
          List.of(),
          List.of(
              new Links.Reference(
                  "order", id, "/delivery/order", Severity.ERROR, Links.Window.ALWAYS)),
          List.of());
    }

    static Links key(String id) {
      return new Links(
          List.of(new Links.Key("order", id, "/order/id", Links.Window.ALWAYS)),
          List.of(),
          List.of());
    }

    static Where at(long record) {
      return new Where("", record, record + 2, "record", Severity.ERROR);
    }

    @Test
    void stopCheckingReferencesOnceTooManyWait() {
      IssueSink sink = new IssueSink(100);
      DocumentLinks links = new DocumentLinks(sink, 10, 2);
      links.accept(reference("O-1"), at(0));
      links.accept(reference("O-2"), at(1));
      links.accept(reference("O-3"), at(2));
      links.accept(reference("O-4"), at(3));
      links.finish();
      assertThat(sink.kept())
          .extracting(ValidationIssue::code)
          .containsExactly(
              "document.references.untracked", "reference.unresolved", "reference.unresolved");
      assertThat(sink.kept().get(0).arguments()).containsEntry("limit", "2");
      assertThat(sink.kept().get(1).recordIndex()).hasValue(0);
      assertThat(sink.kept().get(2).recordIndex()).hasValue(1);
    }

    @Test
    void reportNothingUnresolvedOnceTheKeysOverflowed() {
      IssueSink sink = new IssueSink(100);
      DocumentLinks links = new DocumentLinks(sink, 2, 10);
      links.accept(reference("O-9"), at(0));
      links.accept(key("O-1"), at(1));
      links.accept(key("O-2"), at(2));
      links.accept(key("O-3"), at(3));
      links.finish();
      assertThat(sink.kept())
          .extracting(ValidationIssue::code)
          .containsExactly("document.references.untracked");
    }
  }
}
