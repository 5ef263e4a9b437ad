package org.communitygov.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  final StringWriter err = new StringWriter();
  final AtomicLong nanos = new AtomicLong();

  ProgressMeter meter(boolean terminal, boolean asked) {
    return new ProgressMeter(
        new PrintWriter(err), "x.json", terminal, asked, nanos::get, OptionalLong.empty());
  }

  ProgressMeter meterOfSize(long bytes) {
    return new ProgressMeter(
        new PrintWriter(err), "x.ndjson", false, true, nanos::get, OptionalLong.of(bytes));
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

  @Nested
  class WhenTheSizeIsKnown {
    @Test
    void showsTheShareDoneAndTheTimeLeftAtTheRateSoFar() {
      ProgressMeter meter = meterOfSize(48_000_000);
      nanos.set(2_000_000_000);
      meter.progressed(10_000, 12_000_000);
      nanos.set(4_000_000_000L);
      meter.progressed(30_000, 36_000_000);
      nanos.set(5_000_000_000L);
      meter.progressed(40_000, 48_000_000);
      meter.finish();
      assertThat(err.toString())
          .isEqualTo(
              "communitygov: x.ndjson: 10,000 records, 12.0 of 48.0 MB (25%), 6.0 MB/s, 2.0 s,"
                  + " about 6 s left\n"
                  + "communitygov: x.ndjson: 30,000 records, 36.0 of 48.0 MB (75%), 9.0 MB/s, 4.0 s,"
                  + " about 1 s left\n"
                  + "communitygov: x.ndjson: 40,000 records, 48.0 of 48.0 MB (100%), 9.6 MB/s,"
                  + " 5.0 s, about 0 s left\n"
                  + "communitygov: x.ndjson: 40,000 records, 48.0 of 48.0 MB (100%), 9.6 MB/s,"
                  + " 5.0 s\n");
    }

    @Test
    void writesLongEstimatesInMinutesAndHours() {
      ProgressMeter meter = meterOfSize(10_000_000_000L);
      nanos.set(1_000_000_000);
      meter.progressed(1, 1_000_000);
      nanos.set(2_000_000_000);
      meter.progressed(2, 100_000_000);
      assertThat(err.toString())
          .contains("1 records, 1.0 of 10000.0 MB (0%), 1.0 MB/s, 1.0 s, about 2 h 46 min left")
          .contains("2 records, 100.0 of 10000.0 MB (1%), 50.0 MB/s, 2.0 s, about 3 min 18 s left");
    }

    @Test
    void showsNoEstimateBeforeAnythingIsRead() {
      ProgressMeter meter = meterOfSize(1_000);
      nanos.set(1_000_000_000);
      meter.progressed(0, 0);
      assertThat(err.toString())
          .isEqualTo("communitygov: x.ndjson: 0 records, 0.0 of 0.0 MB (0%), 0.0 MB/s, 1.0 s\n");
    }

    @Test
    void neverShowsMoreThanAllOfAFileThatGrew() {
      assertThat(ProgressMeter.percent(150, 100)).isEqualTo(100);
      assertThat(ProgressMeter.percent(0, 0)).isEqualTo(100);
      assertThat(ProgressMeter.percent(99, 100)).isEqualTo(99);
    }
  }
}
