package dev.rapport.examples.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress as a redrawn bar on the terminal's stderr, with the good and bad counts beside it. The
 * total is the number of lines when known (a file), otherwise the bar only counts.
 */
final class BarProgress implements Progress {
  private static final int REFRESH_EVERY = 1000;

  private final ProgressBar bar;
  private long lines;

  BarProgress(long totalLines) {
    this.bar =
        new ProgressBarBuilder()
            .setTaskName("assessing")
            .setInitialMax(totalLines)
            .setUnit(" lines", 1)
            .setStyle(
                Terminals.unicode()
                    ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK
                    : ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .showSpeed()
            .build();
  }

  @Override
  public void step(long lines, long good, long bad) {
    this.lines = lines;
    if (lines % REFRESH_EVERY == 0) {
      bar.stepTo(lines);
      bar.setExtraMessage(" " + good + " good, " + bad + " bad");
    }
  }

  @Override
  public void close() {
    bar.stepTo(lines);
    bar.close();
  }
}
