package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
      meter.bytesRead(1_000);
      meter.finish(3);
      assertThat(err.toString()).isEmpty();
    }

    @Test
    void overwritesItsLineEveryHalfSecondThenEndsIt() {
      ProgressMeter meter = meter(true, false);
      nanos.set(600_000_000);
      meter.bytesRead(3_000_000);
      nanos.set(700_000_000);
      meter.bytesRead(4_000_000);
      nanos.set(1_200_000_000);
      meter.finish(42);
      assertThat(err.toString())
          .startsWith("\rcommunitygov: x.json: 3.0 MB, 5.0 MB/s, 0.6 s")
          .contains("\rcommunitygov: x.json: 42 records, 4.0 MB, 3.3 MB/s, 1.2 s")
          .endsWith("\n")
          .doesNotContain("4.0 MB, 5.7");
    }
  }

  @Nested
  class WhenAskedFor {
    @Test
    void writesWholeLinesAndAlwaysTheLast() {
      ProgressMeter meter = meter(false, true);
      meter.bytesRead(10);
      nanos.set(1_000_000_000);
      meter.finish(1);
      assertThat(err.toString())
          .isEqualTo("communitygov: x.json: 1 records, 0.0 MB, 0.0 MB/s, 1.0 s\n");
    }

    @Test
    void countsTheBytesOfTheWrappedStream() throws IOException {
      ProgressMeter meter = meter(false, true);
      try (InputStream in = meter.wrap(new ByteArrayInputStream(new byte[2_500_000]))) {
        in.readAllBytes();
      }
      nanos.set(1_000_000_000);
      meter.finish(0);
      assertThat(err.toString()).contains("2.5 MB");
    }
  }
}
