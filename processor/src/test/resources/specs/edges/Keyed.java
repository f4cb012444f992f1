package edges;

/** A generic parent that is not a model: its accessors count, with {@code K} filled in by the model. */
public interface Keyed<K> {
  K key();

  String label();
}
