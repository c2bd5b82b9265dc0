package dev.prospectus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTextTest {

  @Test
  void test_of_madeOnFirstReadOnly() {
    AtomicInteger calls = new AtomicInteger();
    LazyText text = LazyText.of(() -> "made " + calls.incrementAndGet());
    assertThat(text.isMade()).isFalse();
    assertThat(calls).hasValue(0);
    String first = text.get();
    assertThat(first).isEqualTo("made 1");
    assertThat(text.get()).isSameAs(first);
    assertThat(text).hasToString("made 1");
    assertThat(text.isMade()).isTrue();
    assertThat(calls).hasValue(1);
  }

  @Test
  void test_of_textAlreadyMade() {
    LazyText text = LazyText.of("ready");
    assertThat(text.isMade()).isTrue();
    assertThat(text.get()).isEqualTo("ready");
  }

  @Test
  void test_of_rejectsNull() {
    assertThatIllegalArgumentException().isThrownBy(() -> LazyText.of((String) null));
    assertThatIllegalArgumentException().isThrownBy(() -> LazyText.of((java.util.function.Supplier<String>) null));
    assertThatIllegalStateException().isThrownBy(() -> LazyText.of(() -> null).get());
  }

  @Test
  void test_get_makerThatThrowsThrowsAgain() {
    AtomicInteger calls = new AtomicInteger();
    LazyText text = LazyText.of(() -> {
      calls.incrementAndGet();
      throw new IllegalArgumentException("no");
    });
    assertThatThrownBy(text::get).hasMessage("no");
    assertThatThrownBy(text::get).hasMessage("no");
    assertThat(calls).hasValue(2);
    assertThat(text.isMade()).isFalse();
  }

  @Test
  void test_get_manyThreadsMakeItOnceAndReadTheSameString() throws Exception {
    for (int round = 0; round < 50; round++) {
      AtomicInteger calls = new AtomicInteger();
      LazyText text = LazyText.of(() -> {
        calls.incrementAndGet();
        return new StringBuilder("reason ").append(42).toString();
      });
      int threads = 8;
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<String>> reads = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            return text.get();
          }));
        }
        start.countDown();
        String first = reads.get(0).get(10, TimeUnit.SECONDS);
        for (Future<String> read : reads) {
          assertThat(read.get(10, TimeUnit.SECONDS)).isSameAs(first);
        }
        assertThat(first).isEqualTo("reason 42");
        assertThat(calls).hasValue(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
