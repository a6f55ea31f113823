package org.strikewatch.eval.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class EventTypeScoresTest {

  @Test
  void scores_accuracy_and_per_class_precision_recall_and_f1_from_the_confusion_matrix() {
    // rows gold AIR, ART, OTHER; columns predicted AIR, ART, OTHER
    EventTypeScores s = new EventTypeScores(new int[][] {{6, 2, 2}, {1, 3, 0}, {1, 1, 84}});

    assertThat(s.total()).isEqualTo(100);
    assertThat(s.accuracy()).isCloseTo(0.93, offset(1e-9));
    assertThat(s.precision(EventClass.AIR_STRIKE)).isCloseTo(0.75, offset(1e-9));
    assertThat(s.recall(EventClass.AIR_STRIKE)).isCloseTo(0.6, offset(1e-9));
    assertThat(s.f1(EventClass.AIR_STRIKE)).isCloseTo(2 * 0.75 * 0.6 / 1.35, offset(1e-9));
    assertThat(s.precision(EventClass.ART_MISS_ATTACK)).isCloseTo(0.5, offset(1e-9));
    assertThat(s.recall(EventClass.ART_MISS_ATTACK)).isCloseTo(0.75, offset(1e-9));
    assertThat(s.strikeMacroF1()).isCloseTo((s.f1(EventClass.AIR_STRIKE) + 0.6) / 2, offset(1e-9));
  }

  @Test
  void a_class_never_predicted_scores_zero_instead_of_dividing_by_zero() {
    EventTypeScores s = new EventTypeScores(new int[][] {{0, 0, 3}, {0, 0, 2}, {0, 0, 5}});
    assertThat(s.precision(EventClass.AIR_STRIKE)).isZero();
    assertThat(s.f1(EventClass.AIR_STRIKE)).isZero();
    assertThat(s.accuracy()).isCloseTo(0.5, offset(1e-9));
  }

  @Test
  void a_matrix_of_the_wrong_shape_is_refused() {
    assertThatThrownBy(() -> new EventTypeScores(new int[][] {{1, 2}, {3, 4}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confusion matrix must be 3 x 3");
  }

  @Test
  void gold_labels_other_than_the_two_strike_types_are_other() {
    assertThat(EventClass.ofGold("AIR_STRIKE")).isEqualTo(EventClass.AIR_STRIKE);
    assertThat(EventClass.ofGold("ART_MISS_ATTACK")).isEqualTo(EventClass.ART_MISS_ATTACK);
    assertThat(EventClass.ofGold("SUIC_BOMB")).isEqualTo(EventClass.OTHER);
    assertThat(EventClass.ofGold("PEACE_PROTEST")).isEqualTo(EventClass.OTHER);
  }
}
