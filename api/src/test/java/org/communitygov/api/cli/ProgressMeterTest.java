package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  final StringWriter err = new StringWriter();
  final AtomicLong nanos = new AtomicLong();

  ProgressMeter meter(boolean terminal, boolean asked) {
    return new ProgressMeter(new PrintWriter(err), "x.json", terminal, asked, nanos::get);
  }

  @Nested
  class OnATerminal {
    @Test
    void showsNothingForAShortInput() {
      ProgressMeter meter = meter(true, false);
      meter.progressed(3, 1_000);
      meter.finish();
      assertThat(err.toString()).isEmpty();
    }

    @Test
    void overwritesItsLineEveryHalfSecondThenEndsIt() {
      ProgressMeter meter = meter(true, false);
      nanos.set(600_000_000);
      meter.progressed(1_500, 3_000_000);
      nanos.set(700_000_000);
      meter.progressed(2_000, 4_000_000);
      nanos.set(1_200_000_000);
      meter.progressed(4_200, 4_000_000);
      meter.finish();
      assertThat(err.toString())
          .startsWith("\rcommunitygov: x.json: 1,500 records, 3.0 MB, 5.0 MB/s, 0.6 s")
          .contains("\rcommunitygov: x.json: 4,200 records, 4.0 MB, 3.3 MB/s, 1.2 s")
          .endsWith("\n")
          .doesNotContain("2,000 records");
    }
  }

  @Nested
  class WhenAskedFor {
    @Test
    void writesWholeLinesAndAlwaysTheLast() {
      ProgressMeter meter = meter(false, true);
      meter.progressed(1, 10);
      nanos.set(1_000_000_000);
      meter.finish();
      assertThat(err.toString())
          .isEqualTo("communitygov: x.json: 1 records, 0.0 MB, 0.0 MB/s, 1.0 s\n");
    }
  }
}
